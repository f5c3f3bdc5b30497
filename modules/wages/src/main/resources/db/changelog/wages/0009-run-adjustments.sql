--liquibase formatted sql

--changeset tsunagu:wages-0009-adjustment
-- An adjustment (調整): 工賃 a user was owed for a closed month (a run is final), paid with the run of a later, open month,
-- with its reason. It comes out of that month's pool before the rest is shared, so no benefit income tops it up. Only
-- an addition: a closed month's overpayment is never taken back out of a later month's 工賃 (no deduction, README §4).
create table wages_adjustment (
    tenant_id       uuid        not null,
    id              uuid        not null,
    office_id       uuid        not null,
    person_id       uuid        not null,
    pay_month       date        not null check (extract(day from pay_month) = 1),
    corrects_month  date        not null check (extract(day from corrects_month) = 1),
    service_type    text        not null check (service_type in ('TYPE_B', 'TYPE_A_NON_EMPLOYED')),
    amount          bigint      not null check (amount > 0),
    reason          text        not null check (length(btrim(reason)) between 1 and 500),
    created_at      timestamptz not null,
    created_by      text        not null,
    version         bigint      not null default 0,
    primary key (tenant_id, id),
    check (corrects_month < pay_month),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);
create index wages_adjustment_month on wages_adjustment (tenant_id, office_id, pay_month);

--changeset tsunagu:wages-0009-adjustment-rls
select tsunagu_protect('wages_adjustment', '${appRole}');

--changeset tsunagu:wages-0009-adjustment-months splitStatements:false
-- An adjustment corrects a closed month and is paid in an open one; once that month's run is closed it is final.
create function wages_adjustment_months() returns trigger
    language plpgsql
    as $$
declare
    a wages_adjustment;
begin
    a := case when tg_op = 'DELETE' then old else new end;
    if exists (select 1 from wages_run r
               where r.tenant_id = a.tenant_id and r.office_id = a.office_id and r.run_month = a.pay_month) then
        raise exception 'the run of % is closed: its adjustments are final', to_char(a.pay_month, 'YYYY-MM')
            using errcode = 'check_violation';
    end if;
    if tg_op = 'INSERT' and not exists (select 1 from wages_run r
               where r.tenant_id = a.tenant_id and r.office_id = a.office_id and r.run_month = a.corrects_month) then
        raise exception 'the run of % is not closed: correct it before closing, not by an adjustment',
            to_char(a.corrects_month, 'YYYY-MM') using errcode = 'check_violation';
    end if;
    return a;
end
$$;
create trigger wages_adjustment_months before insert or update or delete on wages_adjustment
    for each row execute function wages_adjustment_months();

--changeset tsunagu:wages-0009-run-adjustments splitStatements:false
-- A run pays the month's adjustments beside the base parts and the shared rest; the total still never exceeds the pool
-- plus the reserve used.
alter table wages_run add column adjustments bigint not null default 0 check (adjustments >= 0);
alter table wages_payment add column adjustment bigint not null default 0 check (adjustment >= 0);
do $$
declare
    c record;
begin
    for c in select conrelid::regclass as tab, conname from pg_constraint
              where contype = 'c' and conrelid in ('wages_run'::regclass, 'wages_payment'::regclass)
                and (pg_get_constraintdef(oid) like '%total_paid = (base_total + rest))%'
                     or pg_get_constraintdef(oid) like '%total = (base_part + share))%') loop
        execute format('alter table %s drop constraint %I', c.tab, c.conname);
    end loop;
end
$$;
alter table wages_run add constraint wages_run_total check (total_paid = base_total + rest + adjustments);
alter table wages_payment add constraint wages_payment_total check (total = base_part + share + adjustment);
