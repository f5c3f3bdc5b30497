--liquibase formatted sql

--changeset tsunagu:tenancy-0002-office
create table office (
    tenant_id      uuid        not null references tenant (tenant_id),
    id             uuid        not null,
    office_number  text        not null check (office_number ~ '^[0-9]{10}$'),
    name           text        not null check (length(name) between 1 and 100),
    prefecture     text        not null,
    regional_class text        not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_number)
);

-- 利用定員 per service type. The tenant column defaults to the transaction's tenant because Hibernate fills
-- @TenantId only on entities, not on element collections; RLS still checks it on every write.
create table office_service (
    tenant_id    uuid not null default app_current_tenant(),
    office_id    uuid not null,
    service_type text not null,
    capacity     int  not null check (capacity > 0 and capacity < 1000),
    primary key (tenant_id, office_id, service_type),
    foreign key (tenant_id, office_id) references office (tenant_id, id) on delete cascade
);

--changeset tsunagu:tenancy-0002-office-rls
select tsunagu_protect('office', '${appRole}');
select tsunagu_protect('office_service', '${appRole}');
