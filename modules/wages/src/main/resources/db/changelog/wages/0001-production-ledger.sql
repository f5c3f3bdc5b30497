--liquibase formatted sql

--changeset tsunagu:wages-0001-production-activity
-- A production activity (生産活動の種目) of an office: 受託作業, カフェ, 農作業 … Its revenue and expenses make the
-- office's pool of 工賃 (revenue − expenses, paid out to the users).
create table production_activity (
    tenant_id   uuid        not null,
    id          uuid        not null,
    office_id   uuid        not null,
    name        text        not null check (length(name) between 1 and 50),
    created_at  timestamptz not null,
    created_by  text        not null,
    version     bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, name),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);

--changeset tsunagu:wages-0001-production-activity-rls
select tsunagu_protect('production_activity', '${appRole}');

--changeset tsunagu:wages-0001-production-entry
-- A revenue (sales, contract income) or expense (materials, outsourcing, apportioned utilities, staff of the activity,
-- equipment) of an activity in a month, by voucher: whole yen above 0, dated within its month.
create table production_entry (
    tenant_id       uuid        not null,
    id              uuid        not null,
    office_id       uuid        not null,
    activity_id     uuid        not null,
    entry_month     date        not null check (extract(day from entry_month) = 1),
    category        text        not null check (category in ('SALES', 'CONTRACT_INCOME', 'MATERIALS', 'OUTSOURCING',
                                                             'UTILITIES', 'STAFF', 'EQUIPMENT')),
    voucher_number  text        not null check (length(voucher_number) between 1 and 30),
    entry_date      date        not null,
    partner         text        not null check (length(partner) between 1 and 100),
    amount          bigint      not null check (amount > 0),
    note            text        check (length(note) <= 500),
    created_at      timestamptz not null,
    created_by      text        not null,
    version         bigint      not null default 0,
    primary key (tenant_id, id),
    check (date_trunc('month', entry_date)::date = entry_month),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, activity_id) references production_activity (tenant_id, id)
);
create index production_entry_month on production_entry (tenant_id, office_id, entry_month, activity_id);

--changeset tsunagu:wages-0001-production-entry-rls
select tsunagu_protect('production_entry', '${appRole}');
