--liquibase formatted sql

--changeset tsunagu:planning-0009-benefit-decision-base
-- benefit decisions join the entity base (id, tenant, version, created at and by): a decision is entered with its
-- recipient certificate, in the same transaction, so the certificate's creation is the decision's.
alter table benefit_decision
    add column version    bigint not null default 0,
    add column created_at timestamptz,
    add column created_by text;
-- The backfill reads and writes rows of every tenant, but row-level security is forced on the owner too and no tenant
-- is bound here: it is lifted from these two tables for this change set's transaction only (they stay locked until it
-- commits; the application's role is held by the policies either way) and forced again before the end.
alter table recipient_certificate no force row level security;
alter table benefit_decision no force row level security;
update benefit_decision d set created_at = c.created_at, created_by = c.created_by
  from recipient_certificate c where c.tenant_id = d.tenant_id and c.id = d.certificate_id;
alter table benefit_decision force row level security;
alter table recipient_certificate force row level security;
alter table benefit_decision
    alter column created_at set not null,
    alter column created_by set not null;
