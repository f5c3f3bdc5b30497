--liquibase formatted sql

--changeset tsunagu:workspace-0016-attendance-month-base
-- Closed months join the entity base (id, tenant, version, created at and by): the row gets an id of its own, and the
-- office and the month, its key so far, stay unique within the tenant (the same index, so the lock trigger and the
-- check-ins look it up as before); closed_at/by are its creation, and it gets a version.
alter table attendance_month
    add column id      uuid   not null default gen_random_uuid(),
    add column version bigint not null default 0;
alter table attendance_month alter column id drop default;
alter table attendance_month
    drop constraint attendance_month_pkey,
    add primary key (tenant_id, id),
    add unique (tenant_id, office_id, month);
