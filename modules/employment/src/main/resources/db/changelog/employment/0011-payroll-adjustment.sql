--liquibase formatted sql

--changeset tsunagu:employment-0011-payroll-adjustment
-- An adjustment (調整): wages an employed user was still owed for a closed month (a closed payroll is final), paid with
-- the payroll of a later, open month, with its reason; insurance and income tax of that month are computed on it.
create table payroll_adjustment (
    tenant_id       uuid        not null,
    id              uuid        not null,
    office_id       uuid        not null,
    person_id       uuid        not null,
    pay_month       date        not null check (extract(day from pay_month) = 1),
    corrects_month  date        not null check (extract(day from corrects_month) = 1),
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
create index payroll_adjustment_month on payroll_adjustment (tenant_id, office_id, pay_month);

--changeset tsunagu:employment-0011-payroll-adjustment-rls
select tsunagu_protect('payroll_adjustment', '${appRole}');

--changeset tsunagu:employment-0011-payroll-adjustment-final splitStatements:false
-- Paid in an open month for a closed one; final once its month's payroll is closed.
create function payroll_adjustment_months() returns trigger
    language plpgsql
    as $$
declare
    a payroll_adjustment;
begin
    a := case when tg_op = 'DELETE' then old else new end;
    if exists (select 1 from payroll_run r where r.tenant_id = a.tenant_id and r.office_id = a.office_id and r.run_month = a.pay_month) then
        raise exception 'the payroll of % is closed: its adjustments are final', to_char(a.pay_month, 'YYYY-MM') using errcode = 'check_violation';
    end if;
    if tg_op = 'INSERT' and not exists (select 1 from payroll_run r
               where r.tenant_id = a.tenant_id and r.office_id = a.office_id and r.run_month = a.corrects_month) then
        raise exception 'the payroll of % is not closed: correct it before closing', to_char(a.corrects_month, 'YYYY-MM')
            using errcode = 'check_violation';
    end if;
    return a;
end
$$;
create trigger payroll_adjustment_months before insert or update or delete on payroll_adjustment
    for each row execute function payroll_adjustment_months();
