--liquibase formatted sql

--changeset tsunagu:employment-0004-employer
-- What insurance eligibility needs of the employer: the number of employees (the short-time criteria apply from a size
-- that falls over the years) and the full-time schedule the ¾ rule compares with.
create table employment_employer (
    tenant_id                 uuid        not null,
    id                        uuid        not null,
    office_id                 uuid        not null,
    employer_size             integer     not null check (employer_size > 0),
    full_time_weekly_minutes  integer     not null check (full_time_weekly_minutes between 60 and 3600),
    full_time_days_per_week   integer     not null check (full_time_days_per_week between 1 and 7),
    created_at                timestamptz not null,
    created_by                text        not null,
    version                   bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);

--changeset tsunagu:employment-0004-employer-rls
select tsunagu_protect('employment_employer', '${appRole}');

--changeset tsunagu:employment-0004-opt-in
-- A 特定減額特例対象者's own request to join social insurance (or later to leave it), which needs no employer consent.
create table social_insurance_request (
    tenant_id     uuid        not null,
    id            uuid        not null,
    office_id     uuid        not null,
    person_id     uuid        not null,
    requested_on  date        not null,
    joining       boolean     not null,
    created_at    timestamptz not null,
    created_by    text        not null,
    version       bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, person_id, requested_on),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);

--changeset tsunagu:employment-0004-opt-in-rls
select tsunagu_protect('social_insurance_request', '${appRole}');
