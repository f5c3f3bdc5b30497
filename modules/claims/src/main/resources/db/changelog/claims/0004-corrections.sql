--liquibase formatted sql

--changeset tsunagu:claims-0004-correction-deadline
-- 過誤申立の締切: the day of the month by which a 過誤申立書 must reach the municipality for the withdrawal to be
-- processed in that month's cycle, and whether it accepts 同月過誤 (withdrawal and re-claim in the same processing
-- month). Tenant data, as the office read it in the municipality's notice (the source says where): there is no
-- national table of these figures. Versions by the day they take effect; a version is never changed.
create table claim_correction_deadline (
    tenant_id          uuid        not null,
    id                 uuid        not null,
    municipality_code  text        not null check (municipality_code ~ '^[0-9]{6}$'),
    municipality_name  text        not null check (length(municipality_name) between 1 and 100),
    deadline_day       integer     not null check (deadline_day between 1 and 31),
    same_month         boolean     not null,
    source             text        not null check (length(source) between 1 and 1000),
    effective_from     date        not null,
    created_at         timestamptz not null,
    created_by         text        not null,
    version            bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, municipality_code, effective_from)
);

--changeset tsunagu:claims-0004-correction-deadline-rls
select tsunagu_protect('claim_correction_deadline', '${appRole}');

--changeset tsunagu:claims-0004-correction
-- 過誤申立: the correction of one person's statement in a closed claim month. The closed month (claim_month) is never
-- changed: the correction keeps the figures as they were paid (original) and, once re-claimed, the figures recomputed
-- from the fixed records (corrected). States: REQUESTED, WITHDRAWN (the municipality accepted the withdrawal),
-- RECLAIMED (the corrected statement went into the claim of reclaim_month), CANCELLED. At most one open (REQUESTED or
-- WITHDRAWN) correction per person and month; while it is open, that person's service records of the month may be
-- fixed (claims-0004-records-unlocked).
create table claim_correction (
    tenant_id          uuid        not null,
    id                 uuid        not null,
    office_id          uuid        not null,
    service_type       text        not null,
    month              date        not null check (extract(day from month) = 1),
    person_id          uuid        not null,
    claim_month_id     uuid        not null,
    certificate_number text        not null,
    municipality_code  text        not null check (municipality_code ~ '^[0-9]{6}$'),
    municipality_name  text,
    reason             text        not null check (reason in ('RECORD_ERROR', 'CALCULATION_ERROR', 'CERTIFICATE_ERROR', 'OTHER')),
    details            text        check (length(details) between 1 and 1000),
    requested_on       date        not null,
    deadline_id        uuid,
    processing_month   date        check (extract(day from processing_month) = 1),
    deadline           date,
    reclaim_from       date        check (extract(day from reclaim_from) = 1),
    state              text        not null check (state in ('REQUESTED', 'WITHDRAWN', 'RECLAIMED', 'CANCELLED')),
    original           jsonb       not null,
    original_units     bigint      not null,
    original_cost      bigint      not null,
    original_benefit   bigint      not null,
    corrected          jsonb,
    corrected_units    bigint,
    corrected_cost     bigint,
    corrected_benefit  bigint,
    reclaim_month      date        check (extract(day from reclaim_month) = 1),
    note               text        check (length(note) <= 1000),
    created_at         timestamptz not null,
    created_by         text        not null,
    updated_at         timestamptz not null,
    updated_by         text        not null,
    version            bigint      not null default 0,
    primary key (tenant_id, id),
    check (reason <> 'OTHER' or details is not null),
    check (state <> 'RECLAIMED' or (reclaim_month > month and corrected_units is not null and corrected_cost is not null
                                    and corrected_benefit is not null)),
    check ((deadline_id is null) = (deadline is null) and (deadline is null) = (processing_month is null)),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id),
    foreign key (tenant_id, claim_month_id) references claim_month (tenant_id, id),
    foreign key (tenant_id, deadline_id) references claim_correction_deadline (tenant_id, id)
);
create unique index claim_correction_open on claim_correction (tenant_id, office_id, service_type, month, person_id)
    where state in ('REQUESTED', 'WITHDRAWN');
create index claim_correction_office on claim_correction (tenant_id, office_id, month);

--changeset tsunagu:claims-0004-correction-rls
select tsunagu_protect('claim_correction', '${appRole}');

--changeset tsunagu:claims-0004-records-unlocked splitStatements:false
-- claims-0002 locked every service record of a claimed month. A correction (過誤申立) open for a person and month
-- (REQUESTED or WITHDRAWN) lets that person's records of the month be fixed, and only that person's; once it is
-- RECLAIMED or CANCELLED they are locked again. An update is checked for the record as it was and as it becomes.
-- (The workspace's own lock of a closed month still asks for its explicit correction after close.)
create function service_record_claim_locked(r service_record) returns boolean
    language sql stable
    as $$
    select exists (select 1 from claim_month m
                    where m.tenant_id = r.tenant_id and m.office_id = r.office_id and m.service_type = r.service_type
                      and m.month = date_trunc('month', r.service_date)::date)
       and not exists (select 1 from claim_correction c
                        where c.tenant_id = r.tenant_id and c.office_id = r.office_id and c.service_type = r.service_type
                          and c.month = date_trunc('month', r.service_date)::date and c.person_id = r.person_id
                          and c.state in ('REQUESTED', 'WITHDRAWN'))
$$;

create or replace function service_record_claimed() returns trigger
    language plpgsql
    as $$
declare
    r service_record;
begin
    r := case when tg_op = 'DELETE' then old else new end;
    if service_record_claim_locked(r) or (tg_op = 'UPDATE' and service_record_claim_locked(old)) then
        raise exception 'the records of % are claimed: a change is a re-claim (過誤申立) open for the person',
            to_char(r.service_date, 'YYYY-MM') using errcode = 'check_violation';
    end if;
    return r;
end
$$;
