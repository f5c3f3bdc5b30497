--liquibase formatted sql

--changeset tsunagu:workspace-0014-staffing-level-created
-- office staffing levels join the entity base (id, tenant, version, created at and by): set_at/by are the latest
-- setting (a change for the same month replaces them), so the creation gets columns of its own. An existing row's
-- first setting was not kept: its latest stands for it (the same for a level never changed).
alter table office_staffing_level
    add column created_at timestamptz,
    add column created_by text;
-- The backfill writes rows of every tenant, but row-level security is forced on the owner too and no tenant is bound
-- here: it is lifted from the table for this change set's transaction only (the table stays locked until it commits;
-- the application's role is held by the policies either way) and forced again before the end.
alter table office_staffing_level no force row level security;
update office_staffing_level set created_at = set_at, created_by = set_by;
alter table office_staffing_level force row level security;
alter table office_staffing_level
    alter column created_at set not null,
    alter column created_by set not null;
