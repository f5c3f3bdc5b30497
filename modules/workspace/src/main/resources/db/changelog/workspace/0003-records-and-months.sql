--liquibase formatted sql

--changeset tsunagu:workspace-0003-service-record-details
-- A day is either PRESENT (check-in, perhaps check-out) or ABSENT (欠席: how the office learnt of it and the
-- response it gave, 欠席時対応). Off-site work (施設外就労) or support (施設外支援) with its place. Lateness and
-- early leave exist only for employed A型 users (labour-ness guard rails): the check makes it so for any
-- configuration. corrected: changed after it was recorded, with a reason (service_record_correction).
alter table service_record
    alter column check_in drop not null,
    alter column rounded_start drop not null,
    add column status              text    not null default 'PRESENT' check (status in ('PRESENT', 'ABSENT')),
    add column off_site            text    check (off_site in ('WORK', 'SUPPORT')),
    add column off_site_place      text    check (length(off_site_place) <= 100),
    add column late_minutes        integer check (late_minutes >= 0),
    add column early_leave_minutes integer check (early_leave_minutes >= 0),
    add column absence_contact     text    check (length(absence_contact) <= 500),
    add column absence_response    text    check (length(absence_response) <= 2000),
    add column corrected           boolean not null default false,
    add constraint service_record_present_or_absent check (
        (status = 'PRESENT' and check_in is not null and rounded_start is not null and absence_contact is null)
        or (status = 'ABSENT' and check_in is null and check_out is null and minutes is null
            and absence_contact is not null and off_site is null)),
    add constraint service_record_lateness_employed_only check (
        service_type = 'TYPE_A' or (late_minutes is null and early_leave_minutes is null)),
    add constraint service_record_off_site_place check (off_site is null or off_site_place is not null);
create index service_record_person_month on service_record (tenant_id, person_id, service_date);

--changeset tsunagu:workspace-0003-working-hours
-- 所定労働時間 of an employed A型 user from a date on: what lateness and early leave are measured against.
-- Only employed A型 users have working hours (labour-ness guard rails): no row can exist for another service.
create table working_hours (
    tenant_id      uuid        not null,
    id             uuid        not null,
    office_id      uuid        not null,
    person_id      uuid        not null,
    service_type   text        not null check (service_type = 'TYPE_A'),
    effective_from date        not null,
    start_time     time        not null,
    end_time       time        not null check (end_time > start_time),
    break_minutes  integer     not null check (break_minutes >= 0),
    recorded_at    timestamptz not null,
    recorded_by    text        not null,
    version        bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, person_id, effective_from),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);
select tsunagu_protect('working_hours', '${appRole}');

--changeset tsunagu:workspace-0003-correction
-- A staff correction of a day's record: the reason, the values before and after, and whether the month had
-- been closed (then the correction was asked for explicitly).
create table service_record_correction (
    tenant_id    uuid        not null,
    id           uuid        not null,
    record_id    uuid        not null,
    office_id    uuid        not null,
    person_id    uuid        not null,
    service_date date        not null,
    reason       text        not null check (length(btrim(reason)) between 1 and 500),
    before       jsonb       not null,
    after        jsonb       not null,
    after_close  boolean     not null,
    corrected_at timestamptz not null,
    corrected_by text        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, record_id) references service_record (tenant_id, id)
);
create index service_record_correction_record on service_record_correction (tenant_id, record_id);
select tsunagu_protect('service_record_correction', '${appRole}');

--changeset tsunagu:workspace-0003-month
-- A closed month of an office's records (実績の締め), and each person's confirmation of their monthly record
-- sheet (実績記録票): on the tablet (a signature drawn) or on paper (the signed sheet is kept).
create table attendance_month (
    tenant_id  uuid        not null,
    office_id  uuid        not null,
    month      date        not null check (extract(day from month) = 1),
    closed_at  timestamptz not null,
    closed_by  text        not null,
    primary key (tenant_id, office_id, month),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);
select tsunagu_protect('attendance_month', '${appRole}');
create table attendance_confirmation (
    tenant_id    uuid        not null,
    id           uuid        not null,
    office_id    uuid        not null,
    person_id    uuid        not null,
    month        date        not null check (extract(day from month) = 1),
    method       text        not null check (method in ('TABLET', 'PAPER')),
    signature    text        check (length(signature) <= 200000),
    confirmed_on date        not null,
    recorded_at  timestamptz not null,
    recorded_by  text        not null,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, person_id, month),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id),
    check (method <> 'TABLET' or signature is not null)
);
select tsunagu_protect('attendance_confirmation', '${appRole}');

--changeset tsunagu:workspace-0003-month-locked splitStatements:false
-- Closing a month locks its records: nothing is added, changed or removed unless the transaction declared an
-- explicit correction after close (app.after_close, set by the correction service, which records its reason).
create function service_record_month_locked() returns trigger
    language plpgsql
    as $$
declare
    r service_record;
begin
    r := case when tg_op = 'DELETE' then old else new end;
    if exists (select 1 from attendance_month m
               where m.tenant_id = r.tenant_id and m.office_id = r.office_id
                 and m.month = date_trunc('month', r.service_date)::date)
       and coalesce(current_setting('app.after_close', true), '') <> 'on' then
        raise exception 'the records of % are closed: only an explicit, reasoned correction may change them',
            to_char(r.service_date, 'YYYY-MM') using errcode = 'check_violation';
    end if;
    return r;
end
$$;
create trigger service_record_month_locked before insert or update or delete on service_record
    for each row execute function service_record_month_locked();

--changeset tsunagu:workspace-0003-voluntary-insurance
-- 任意保険: users who are not workers have no workers' accident insurance; the office tracks their voluntary
-- insurance (insurer, policy, term) per person.
create table voluntary_insurance (
    tenant_id     uuid        not null,
    id            uuid        not null,
    office_id     uuid        not null,
    person_id     uuid        not null,
    insurer       text        not null check (length(btrim(insurer)) between 1 and 100),
    policy_number text        check (length(policy_number) <= 50),
    valid_from    date        not null,
    valid_to      date        not null check (valid_to >= valid_from),
    recorded_at   timestamptz not null,
    recorded_by   text        not null,
    version       bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);
create index voluntary_insurance_person on voluntary_insurance (tenant_id, person_id);
select tsunagu_protect('voluntary_insurance', '${appRole}');
