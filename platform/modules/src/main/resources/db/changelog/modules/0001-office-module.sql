--liquibase formatted sql

--changeset tsunagu:modules-0001-office-module
-- Activation of a business module for an office: data, with who switched it and when.
create table office_module (
    tenant_id   uuid        not null,
    id          uuid        not null,
    office_id   uuid        not null,
    module_key  text        not null check (module_key ~ '^[a-z][a-z0-9-]*$'),
    enabled     boolean     not null,
    enabled_at  timestamptz,
    enabled_by  text,
    disabled_at timestamptz,
    disabled_by text,
    version     bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, module_key),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);

--changeset tsunagu:modules-0001-office-module-rls
select tsunagu_protect('office_module', '${appRole}');
