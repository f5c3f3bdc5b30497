--liquibase formatted sql

--changeset tsunagu:employment-0002-payroll-profile
-- What payroll needs of an employed user beyond the contract: the qualifying dependents, a disability (counted once more
-- for income tax), employment and social insurance from their dates, the standard monthly remuneration and the
-- employee's share of the premiums where the premium adjustment applies (null: half), the age that counts for care
-- insurance, and the resident tax the municipality notified for each month.
create table payroll_profile (
    tenant_id                      uuid          not null,
    id                             uuid          not null,
    office_id                      uuid          not null,
    person_id                      uuid          not null,
    dependents                     integer       not null default 0 check (dependents >= 0),
    disability                     boolean       not null default false,
    employment_insurance_from      date,
    social_insurance_from          date,
    standard_monthly_remuneration  bigint        check (standard_monthly_remuneration > 0),
    premium_share                  numeric(5, 4) check (premium_share > 0 and premium_share < 1),
    birth_date                     date,
    resident_tax_monthly           bigint        not null default 0 check (resident_tax_monthly >= 0),
    created_at                     timestamptz   not null,
    created_by                     text          not null,
    version                        bigint        not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, person_id),
    check (social_insurance_from is null or standard_monthly_remuneration is not null),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);

--changeset tsunagu:employment-0002-payroll-profile-rls
select tsunagu_protect('payroll_profile', '${appRole}');

--changeset tsunagu:employment-0002-payroll-run
-- A closed monthly payroll of an office: one per office and month (the unique key makes closing idempotent), with the
-- pay date and the wage period's closing date, and each employed user's payslip with its lines and their trails.
create table payroll_run (
    tenant_id       uuid        not null,
    id              uuid        not null,
    office_id       uuid        not null,
    run_month       date        not null check (extract(day from run_month) = 1),
    period_closing  date        not null,
    pay_date        date        not null check (pay_date >= period_closing),
    total_gross     bigint      not null check (total_gross >= 0),
    total_net       bigint      not null,
    closed_at       timestamptz not null,
    closed_by       text        not null,
    created_at      timestamptz not null,
    created_by      text        not null,
    version         bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, run_month),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);

create table payroll_payslip (
    tenant_id     uuid        not null,
    id            uuid        not null,
    run_id        uuid        not null,
    office_id     uuid        not null,
    person_id     uuid        not null,
    contract_id   uuid        not null,
    run_month     date        not null,
    worked_minutes bigint     not null check (worked_minutes >= 0),
    days_worked   integer     not null check (days_worked >= 0),
    gross         bigint      not null check (gross >= 0),
    deductions    bigint      not null check (deductions >= 0),
    net           bigint      not null,
    lines         jsonb       not null,
    created_at    timestamptz not null,
    created_by    text        not null,
    version       bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, run_id, person_id),
    check (net = gross - deductions),
    foreign key (tenant_id, run_id) references payroll_run (tenant_id, id),
    foreign key (tenant_id, contract_id) references employment_contract (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);
create index payroll_payslip_person on payroll_payslip (tenant_id, person_id, run_month);

--changeset tsunagu:employment-0002-payroll-run-rls
select tsunagu_protect('payroll_run', '${appRole}');
select tsunagu_protect('payroll_payslip', '${appRole}');

--changeset tsunagu:employment-0002-payroll-final splitStatements:false
-- A closed payroll is final: a later correction is an adjustment run, reasoned and audited.
create function payroll_closed_final() returns trigger
    language plpgsql
    as $$
begin
    raise exception 'a closed payroll is final: a correction is an adjustment in a later run'
        using errcode = 'check_violation';
end
$$;
create trigger payroll_run_final before update or delete on payroll_run
    for each row execute function payroll_closed_final();
create trigger payroll_payslip_final before update or delete on payroll_payslip
    for each row execute function payroll_closed_final();
