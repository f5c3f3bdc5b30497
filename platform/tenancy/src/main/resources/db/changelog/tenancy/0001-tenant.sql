--liquibase formatted sql

--changeset tsunagu:tenancy-0001-tenant
create table tenant (
    tenant_id  uuid        not null primary key,
    kind       text        not null check (kind in ('CORPORATION', 'MUNICIPALITY')),
    name       text        not null check (length(name) between 1 and 100),
    prefecture text        not null,
    created_at timestamptz not null default now(),
    version    bigint      not null default 0
);

--changeset tsunagu:tenancy-0001-tenant-rls
select tsunagu_protect('tenant', '${appRole}');
