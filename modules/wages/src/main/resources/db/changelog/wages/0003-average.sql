--liquibase formatted sql

--changeset tsunagu:wages-0003-reward-profile
-- The office's B型 reward profile (報酬算定区分), one version per effective month (in force until the next version's
-- month): the staffing type (人員配置 Ⅰ〜Ⅵ), the status under the June 2026 revision of the tiers (IN_SCOPE 改定対象,
-- EXEMPT 改定対象外, STANDARD neither named) with its evidence — recorded by the office, never inferred from the average,
-- and required when exempt — and the designation date (指定日: a new office counts as below 10,000 yen in its first
-- year). A change is audited.
create table wages_reward_profile (
    tenant_id            uuid        not null,
    id                   uuid        not null,
    office_id            uuid        not null,
    effective_month      date        not null check (extract(day from effective_month) = 1),
    staffing             text        not null check (staffing in ('I', 'II', 'III', 'IV', 'V', 'VI')),
    revision_status      text        not null check (revision_status in ('STANDARD', 'IN_SCOPE', 'EXEMPT')),
    evidence             text        check (length(evidence) between 1 and 500),
    evidence_recorded_on date,
    designated_on        date        not null,
    note                 text        check (length(note) <= 500),
    created_at           timestamptz not null,
    created_by           text        not null,
    version              bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, effective_month),
    check (revision_status <> 'EXEMPT' or (evidence is not null and evidence_recorded_on is not null)),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);

--changeset tsunagu:wages-0003-reward-profile-rls
select tsunagu_protect('wages_reward_profile', '${appRole}');

--changeset tsunagu:wages-0003-kouchin-target
-- The office's target 工賃 (目標工賃: the average monthly 工賃 it aims at) for a fiscal year (named by the year it starts
-- in), with its 工賃向上計画 in words.
create table wages_kouchin_target (
    tenant_id    uuid        not null,
    id           uuid        not null,
    office_id    uuid        not null,
    fiscal_year  integer     not null check (fiscal_year between 1900 and 9998),
    target_yen   bigint      not null check (target_yen >= 0),
    plan         text        check (length(plan) <= 2000),
    created_at   timestamptz not null,
    created_by   text        not null,
    version      bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, fiscal_year),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);

--changeset tsunagu:wages-0003-kouchin-target-rls
select tsunagu_protect('wages_kouchin_target', '${appRole}');

--changeset tsunagu:wages-0003-payment-office-month
-- The average sums an office's payments over a fiscal year's months.
create index wages_payment_office_month on wages_payment (tenant_id, office_id, run_month);
