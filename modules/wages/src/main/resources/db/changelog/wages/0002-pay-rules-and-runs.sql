--liquibase formatted sql

--changeset tsunagu:wages-0002-pay-rule
-- 工賃規程: the office's pay rules, one version per effective month (in force until the next version's month). A base
-- part per user (per hour, per day, per piece, a fixed monthly part plus per hour, or nothing for equal shares), then the
-- rest of the pool shared by hours, days or equally, so that the pool is paid out. person_rates: rates per hour set per
-- user (能力給・評価給), accepted with a warning. No column can hold a deduction: the product offers none.
create table pay_rule (
    tenant_id       uuid        not null,
    id              uuid        not null,
    office_id       uuid        not null,
    effective_month date        not null check (extract(day from effective_month) = 1),
    basis           text        not null check (basis in ('HOURLY', 'DAILY', 'PIECE', 'FIXED_PLUS_HOURLY', 'EQUAL_SHARES')),
    rate_per_hour   bigint      check (rate_per_hour >= 0),
    rate_per_day    bigint      check (rate_per_day >= 0),
    rate_per_piece  bigint      check (rate_per_piece >= 0),
    fixed_monthly   bigint      check (fixed_monthly >= 0),
    rest_by         text        not null check (rest_by in ('HOURS', 'DAYS', 'EQUAL')),
    rounding        text        not null check (rounding in ('TRUNCATE', 'HALF_UP', 'CEILING', 'FIFTY_SEN', 'TRUNCATE_TO_10')),
    person_rates    jsonb       not null default '{}'::jsonb,
    note            text        check (length(note) <= 500),
    created_at      timestamptz not null,
    created_by      text        not null,
    version         bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, effective_month),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);

--changeset tsunagu:wages-0002-pay-rule-rls
select tsunagu_protect('pay_rule', '${appRole}');

--changeset tsunagu:wages-0002-wages-run
-- A closed monthly run of 工賃: one per office and month (the unique key makes closing idempotent), with the pool it paid
-- out, the reserve used, the total paid (never more than pool + reserve: no benefit income tops it up), the rule version
-- and the trail of the calculation.
create table wages_run (
    tenant_id      uuid        not null,
    id             uuid        not null,
    office_id      uuid        not null,
    run_month      date        not null check (extract(day from run_month) = 1),
    pay_rule_id    uuid        not null,
    revenue        bigint      not null,
    expenses       bigint      not null,
    reserve_used   bigint      not null check (reserve_used >= 0),
    base_total     bigint      not null check (base_total >= 0),
    rest           bigint      not null check (rest >= 0),
    total_paid     bigint      not null check (total_paid >= 0),
    trail          text        not null,
    closed_at      timestamptz not null,
    closed_by      text        not null,
    created_at     timestamptz not null,
    created_by     text        not null,
    version        bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, run_month),
    check (total_paid = base_total + rest),
    check (total_paid <= revenue - expenses + reserve_used),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, pay_rule_id) references pay_rule (tenant_id, id)
);

--changeset tsunagu:wages-0002-wages-payment
-- One user's 工賃 of a closed run, with its inputs (minutes, days, pieces, the rate applied) so that the payslip answers
-- "why this amount".
create table wages_payment (
    tenant_id     uuid        not null,
    id            uuid        not null,
    run_id        uuid        not null,
    office_id     uuid        not null,
    person_id     uuid        not null,
    run_month     date        not null,
    service_type  text        not null check (service_type in ('TYPE_B', 'TYPE_A_NON_EMPLOYED')),
    minutes       integer     not null check (minutes >= 0),
    days          integer     not null check (days >= 0),
    pieces        integer     not null check (pieces >= 0),
    rate          bigint      not null check (rate >= 0),
    base_part     bigint      not null check (base_part >= 0),
    share         bigint      not null check (share >= 0),
    total         bigint      not null check (total = base_part + share),
    created_at    timestamptz not null,
    created_by    text        not null,
    version       bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, run_id, person_id),
    foreign key (tenant_id, run_id) references wages_run (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);
create index wages_payment_person on wages_payment (tenant_id, person_id, run_month);

--changeset tsunagu:wages-0002-run-rls
select tsunagu_protect('wages_run', '${appRole}');
select tsunagu_protect('wages_payment', '${appRole}');

--changeset tsunagu:wages-0002-closed-month-locked splitStatements:false
-- A closed run is final: its rows and its payments never change, and the ledger of its month takes no new, changed or
-- removed entry (a later correction is an entry, reasoned, in an open month).
create function wages_closed_run_final() returns trigger
    language plpgsql
    as $$
begin
    raise exception 'a closed run of 工賃 is final: a correction is an adjustment in a later month'
        using errcode = 'check_violation';
end
$$;
create trigger wages_run_final before update or delete on wages_run
    for each row execute function wages_closed_run_final();
create trigger wages_payment_final before update or delete on wages_payment
    for each row execute function wages_closed_run_final();

create function production_entry_month_locked() returns trigger
    language plpgsql
    as $$
declare
    e production_entry;
begin
    e := case when tg_op = 'DELETE' then old else new end;
    if exists (select 1 from wages_run r
               where r.tenant_id = e.tenant_id and r.office_id = e.office_id and r.run_month = e.entry_month) then
        raise exception 'the ledger of % is closed: a correction is an entry in an open month',
            to_char(e.entry_month, 'YYYY-MM') using errcode = 'check_violation';
    end if;
    return e;
end
$$;
create trigger production_entry_month_locked before insert or update or delete on production_entry
    for each row execute function production_entry_month_locked();

create function pay_rule_in_use() returns trigger
    language plpgsql
    as $$
begin
    if exists (select 1 from wages_run r where r.tenant_id = old.tenant_id and r.pay_rule_id = old.id) then
        raise exception 'the pay rules of % were used by a closed run: a change is a new version from an open month',
            to_char(old.effective_month, 'YYYY-MM') using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
create trigger pay_rule_in_use before update or delete on pay_rule
    for each row execute function pay_rule_in_use();
