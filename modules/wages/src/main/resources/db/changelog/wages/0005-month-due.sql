--liquibase formatted sql

--changeset tsunagu:wages-0005-month-due
-- A month whose service records the office closed: its run of 工賃 is due. Written when the records close (the
-- workspace's AttendanceMonthClosed) with what a preview found then (DISTRIBUTED, SHORTFALL with the amount missing,
-- NO_WORK, NO_PAY_RULE), so that the first screen can say which months wait to be closed and which cannot be paid yet.
-- No user's amount is kept here: the preview is recalculated when opened.
create table wages_month_due (
    tenant_id    uuid        not null,
    id           uuid        not null,
    office_id    uuid        not null,
    due_month    date        not null check (extract(day from due_month) = 1),
    outcome      text        not null check (outcome in ('DISTRIBUTED', 'SHORTFALL', 'NO_WORK', 'NO_PAY_RULE')),
    shortfall    bigint      check (shortfall > 0),
    created_at   timestamptz not null,
    created_by   text        not null,
    version      bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, due_month),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);

--changeset tsunagu:wages-0005-month-due-rls
select tsunagu_protect('wages_month_due', '${appRole}');
