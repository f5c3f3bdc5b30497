--liquibase formatted sql

--changeset tsunagu:employment-0007-remuneration-optional splitStatements:false
-- The monthly remuneration of an insured user may be left empty: payroll then determines it at enrolment from the
-- contract (資格取得時決定). The column holds the remuneration (報酬月額) the health and pension grades are looked up from.
do $$
declare
    c record;
begin
    for c in select conname from pg_constraint
              where contype = 'c' and conrelid = 'payroll_profile'::regclass
                and pg_get_constraintdef(oid) like '%social_insurance_from IS NULL%standard_monthly_remuneration IS NOT NULL%' loop
        execute format('alter table payroll_profile drop constraint %I', c.conname);
    end loop;
end
$$;
comment on column payroll_profile.standard_monthly_remuneration is 'the monthly remuneration (報酬月額) the standard amounts are looked up from; empty: determined from the contract at enrolment';
