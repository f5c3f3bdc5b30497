--liquibase formatted sql

--changeset tsunagu:app-0002-instances
-- State that several application instances share (#25 point 1). None of these tables holds a tenant's rows: no
-- tenant_id column, no row-level security; on Citus they stay on the coordinator (DistributionReadyIT lists them).

-- The UI's sessions (Spring Session JDBC, its schema-postgresql.sql): any instance serves any session. The security
-- context (the OIDC login) is stored serialized in the attributes.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);
create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
grant select, insert, update, delete on spring_session, spring_session_attributes to ${appRole};

-- Scheduled work that must run once per interval across instances: when each job last started.
create table scheduled_run (
    name       text        not null primary key,
    started_at timestamptz not null
);
grant select, insert, update on scheduled_run to ${appRole};
