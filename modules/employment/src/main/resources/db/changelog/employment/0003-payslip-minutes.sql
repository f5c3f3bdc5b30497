--liquibase formatted sql

--changeset tsunagu:employment-0003-payslip-minutes
-- A stored payslip keeps its time by how it was paid, for the wage ledger (賃金台帳: 労働基準法 §108 and its
-- regulation's §54 ask for the hours of overtime, holiday and late-night work of every month): minutes at the wage
-- (regular), of overtime within and beyond the monthly limit (60 h), on the statutory holiday, and at night (counted
-- apart: the late-night premium is paid on top of the others). regular + overtime + beyond + holiday = worked_minutes.
alter table payroll_payslip
    add column regular_minutes                bigint,
    add column overtime_minutes               bigint,
    add column overtime_beyond_limit_minutes  bigint,
    add column holiday_minutes                bigint,
    add column night_minutes                  bigint;
-- Payslips closed before this change: their minutes are in their lines' trails, as the calculator wrote them
-- ("1300 × 80 min ÷ 60 × (100 + 25) %"); no line, no minutes. Closed payslips are final and row-level security is
-- forced on the owner too with no tenant bound here: the trigger and the forcing are lifted for this change set's
-- transaction only (the table stays locked until it commits; the application's role is held by the policies either
-- way) and restored before the end.
alter table payroll_payslip no force row level security;
alter table payroll_payslip disable trigger payroll_payslip_final;
update payroll_payslip p set
    overtime_minutes = coalesce((select sum(substring(l ->> 'trail' from '([0-9]+) min')::bigint)
                                 from jsonb_array_elements(p.lines) l where l ->> 'item' = 'OVERTIME'), 0),
    overtime_beyond_limit_minutes = coalesce((select sum(substring(l ->> 'trail' from '([0-9]+) min')::bigint)
                                              from jsonb_array_elements(p.lines) l where l ->> 'item' = 'OVERTIME_BEYOND_LIMIT'), 0),
    holiday_minutes = coalesce((select sum(substring(l ->> 'trail' from '([0-9]+) min')::bigint)
                                from jsonb_array_elements(p.lines) l where l ->> 'item' = 'HOLIDAY'), 0),
    night_minutes = coalesce((select sum(substring(l ->> 'trail' from '([0-9]+) min')::bigint)
                              from jsonb_array_elements(p.lines) l where l ->> 'item' = 'LATE_NIGHT'), 0);
update payroll_payslip set regular_minutes = worked_minutes - overtime_minutes - overtime_beyond_limit_minutes - holiday_minutes;
alter table payroll_payslip enable trigger payroll_payslip_final;
alter table payroll_payslip force row level security;
alter table payroll_payslip
    alter column regular_minutes set not null,
    alter column overtime_minutes set not null,
    alter column overtime_beyond_limit_minutes set not null,
    alter column holiday_minutes set not null,
    alter column night_minutes set not null,
    add check (regular_minutes >= 0 and overtime_minutes >= 0 and overtime_beyond_limit_minutes >= 0 and holiday_minutes >= 0
               and night_minutes >= 0),
    add check (regular_minutes + overtime_minutes + overtime_beyond_limit_minutes + holiday_minutes = worked_minutes);
