--liquibase formatted sql

--changeset tsunagu:planning-0010-person-office-base
-- A person's office joins the entity base (id, tenant, version, created at and by): the link gets an id of its own,
-- and the person and the office, its key so far, stay unique within the tenant (the same index, so the same plans).
-- Its creation is the registration (registered_at, and now registered_by): links were made only when the person was
-- registered, so by whoever registered the person.
alter table person_office
    add column id            uuid   not null default gen_random_uuid(),
    add column version       bigint not null default 0,
    add column registered_by text;
alter table person_office alter column id drop default;
alter table person_office
    drop constraint person_office_pkey,
    add primary key (tenant_id, id),
    add unique (tenant_id, person_id, office_id);
-- The backfill reads and writes rows of every tenant, but row-level security is forced on the owner too and no tenant
-- is bound here: it is lifted from these two tables for this change set's transaction only (they stay locked until it
-- commits; the application's role is held by the policies either way) and forced again before the end.
alter table person no force row level security;
alter table person_office no force row level security;
update person_office po set registered_by = p.created_by
  from person p where p.tenant_id = po.tenant_id and p.id = po.person_id;
alter table person_office force row level security;
alter table person force row level security;
alter table person_office alter column registered_by set not null;
