--liquibase formatted sql

--changeset tsunagu:planning-0008-service-end-base
-- service ends and their tasks join the entity base (id, tenant, version, created at and by): an end's recording
-- (recorded_at, recorded_by) is its creation; a task is created with its end, so it takes the end's.
alter table service_end add column version bigint not null default 0;
alter table service_end_task
    add column version    bigint not null default 0,
    add column created_at timestamptz,
    add column created_by text;
-- The backfill reads and writes rows of every tenant, but row-level security is forced on the owner too and no tenant
-- is bound here: it is lifted from these two tables for this change set's transaction only (they stay locked until it
-- commits; the application's role is held by the policies either way) and forced again before the end.
alter table service_end no force row level security;
alter table service_end_task no force row level security;
update service_end_task t set created_at = e.recorded_at, created_by = e.recorded_by
  from service_end e where e.tenant_id = t.tenant_id and e.id = t.service_end_id;
alter table service_end_task force row level security;
alter table service_end force row level security;
alter table service_end_task
    alter column created_at set not null,
    alter column created_by set not null;
