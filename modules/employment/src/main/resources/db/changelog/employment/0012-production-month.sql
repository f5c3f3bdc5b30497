--liquibase formatted sql

--changeset tsunagu:employment-0012-production-month
-- An A型 office's production activity of a month (生産活動の月次収支) from its accounts: revenue and expenses with their
-- evidence, so that a shortfall against the wages of the month shows as the year goes, not only at its end. The year's
-- balance adds the months up unless the year's statement (production_result) is recorded.
create table production_month (
    tenant_id    uuid        not null,
    id           uuid        not null,
    office_id    uuid        not null,
    month        date        not null check (extract(day from month) = 1),
    revenue      bigint      not null check (revenue >= 0),
    expenses     bigint      not null check (expenses >= 0),
    evidence     text        not null check (length(btrim(evidence)) between 1 and 500),
    created_at   timestamptz not null,
    created_by   text        not null,
    version      bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, month),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);

--changeset tsunagu:employment-0012-production-month-rls
select tsunagu_protect('production_month', '${appRole}');
