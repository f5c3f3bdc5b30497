--liquibase formatted sql

--changeset tsunagu:rules-0002-rule-override
-- A tenant's or an office's own choice for a local parameter (the rules table local-parameter lists them and
-- what may be chosen), effective from a date until its next choice. office_id null: the whole tenant. value
-- null: back to the default from that date. Every change is also in the audit trail.
create table rule_override (
    tenant_id      uuid        not null,
    id             uuid        not null,
    office_id      uuid,
    parameter      text        not null check (parameter ~ '^[a-z][a-z0-9-]*$'),
    value          text        check (length(value) between 1 and 100),
    effective_from date        not null,
    reason         text        check (length(reason) <= 500),
    set_by         text        not null,
    set_at         timestamptz not null,
    version        bigint      not null default 0,
    primary key (tenant_id, id),
    unique nulls not distinct (tenant_id, office_id, parameter, effective_from),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);
create index rule_override_lookup on rule_override (tenant_id, parameter, office_id, effective_from desc);

--changeset tsunagu:rules-0002-rule-override-rls
select tsunagu_protect('rule_override', '${appRole}');
