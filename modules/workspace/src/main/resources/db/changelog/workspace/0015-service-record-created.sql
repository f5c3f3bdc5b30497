--liquibase formatted sql

--changeset tsunagu:workspace-0015-service-record-created
-- service records join the entity base (id, tenant, version, created at and by): recorded_at/by are the latest
-- recording (the check-in, then the check-out or a correction replaces them), so the creation gets columns of its
-- own, written by both paths of the check-in. An existing record's first recording was not kept: its latest stands
-- for it (exact for a day still open and for an absence).
alter table service_record
    add column created_at timestamptz,
    add column created_by text;
-- The backfill writes rows of every tenant, but row-level security is forced on the owner too and no tenant is bound
-- here: it is lifted from the table for this change set's transaction only (the table stays locked until it commits;
-- the application's role is held by the policies either way) and forced again before the end. The records of a closed
-- month are locked by a trigger unless the transaction declares a change after close: this one does, for itself only
-- (adding the creation changes nothing that was closed).
alter table service_record no force row level security;
select set_config('app.after_close', 'on', true);
update service_record set created_at = recorded_at, created_by = recorded_by;
select set_config('app.after_close', '', true);
alter table service_record force row level security;
alter table service_record
    alter column created_at set not null,
    alter column created_by set not null;
