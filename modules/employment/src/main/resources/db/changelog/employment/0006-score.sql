--liquibase formatted sql

--changeset tsunagu:employment-0006-production-result
-- An A型 office's production activity of a fiscal year (生産活動収支): revenue and expenses, entered from the accounts
-- (or the wages module's ledger where the office keeps one), with its evidence; the wages paid come from the closed
-- payrolls, or from wages_paid where the year was paid outside Tsunagu. A year whose balance fell short of the wages
-- requires a management improvement plan (経営改善計画): its deadline and the day it was submitted.
create table production_result (
    tenant_id    uuid        not null,
    id           uuid        not null,
    office_id    uuid        not null,
    fiscal_year  integer     not null check (fiscal_year between 2000 and 2100),
    revenue      bigint      not null check (revenue >= 0),
    expenses     bigint      not null check (expenses >= 0),
    wages_paid   bigint      check (wages_paid >= 0),
    evidence     text        not null check (length(btrim(evidence)) between 1 and 500),
    plan_deadline      date,
    plan_submitted_on  date,
    created_at   timestamptz not null,
    created_by   text        not null,
    version      bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, fiscal_year),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);

--changeset tsunagu:employment-0006-score-measure
-- The office's own measures for the score items the rule data does not score yet (Ⅲ, Ⅳ, Ⅴ, Ⅶ): the points it claims
-- for the year with their evidence, and the management improvement plan (Ⅵ): required or not, its deadline and the
-- day it was submitted.
create table score_measure (
    tenant_id     uuid        not null,
    id            uuid        not null,
    office_id     uuid        not null,
    fiscal_year   integer     not null check (fiscal_year between 2000 and 2100),
    item          text        not null check (item in ('III', 'IV', 'V', 'VII')),
    points        integer     not null check (points between 0 and 100),
    evidence      text        not null check (length(btrim(evidence)) between 1 and 1000),
    created_at    timestamptz not null,
    created_by    text        not null,
    version       bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, fiscal_year, item),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);

--changeset tsunagu:employment-0006-rls
select tsunagu_protect('production_result', '${appRole}');
select tsunagu_protect('score_measure', '${appRole}');
