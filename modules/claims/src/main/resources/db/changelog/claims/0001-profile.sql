--liquibase formatted sql

--changeset tsunagu:claims-0001-profile
-- The office's claim profile (体制届 as data), per service type, in versions from a month on: the reward type
-- (人員配置 I–VI), the capacity, for B型 the 工賃 tier filed and the June 2026 revision status with its evidence, for A型
-- the score, for 就労移行支援 the retention tier, the 処遇改善加算 class filed. A version is never changed: a new one
-- from a later month replaces it.
create table claim_profile (
    tenant_id          uuid        not null,
    id                 uuid        not null,
    office_id          uuid        not null,
    service_type       text        not null check (service_type in ('TRANSITION', 'TYPE_A', 'TYPE_A_NON_EMPLOYED', 'TYPE_B', 'RETENTION', 'EMPLOYMENT_SELECTION')),
    effective_month    date        not null check (extract(day from effective_month) = 1),
    staffing           text        not null check (staffing in ('I', 'II', 'III', 'IV', 'V', 'VI')),
    capacity           integer     not null check (capacity between 1 and 999),
    kouchin_tier       text        check (length(kouchin_tier) between 1 and 30),
    revision_status    text        check (revision_status in ('STANDARD', 'IN_SCOPE', 'EXEMPT')),
    revision_evidence  text        check (length(revision_evidence) <= 500),
    type_a_score       integer     check (type_a_score between 0 and 200),
    retention_tier     text        check (length(retention_tier) between 1 and 30),
    pay_improvement    text        check (length(pay_improvement) between 1 and 10),
    created_at         timestamptz not null,
    created_by         text        not null,
    version            bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, service_type, effective_month),
    check (revision_status is distinct from 'EXEMPT' or revision_evidence is not null),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);

--changeset tsunagu:claims-0001-profile-rls
select tsunagu_protect('claim_profile', '${appRole}');

--changeset tsunagu:claims-0001-addition
-- An addition the office filed (体制届) and the day the authority accepted it; from which month it may be billed
-- follows the rule table claim-addition-acceptance (accepted by the 15th: the next month, later: the month after).
create table claim_addition (
    tenant_id      uuid        not null,
    id             uuid        not null,
    office_id      uuid        not null,
    service_type   text        not null,
    addition       text        not null check (addition ~ '^[A-Z][A-Z0-9_]*$'),
    accepted_on    date        not null,
    counts_from    date        not null check (extract(day from counts_from) = 1),
    ended_from     date        check (extract(day from ended_from) = 1),
    created_at     timestamptz not null,
    created_by     text        not null,
    version        bigint      not null default 0,
    primary key (tenant_id, id),
    check (ended_from is null or ended_from >= counts_from),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);
create index claim_addition_office on claim_addition (tenant_id, office_id, service_type);

--changeset tsunagu:claims-0001-addition-rls
select tsunagu_protect('claim_addition', '${appRole}');
