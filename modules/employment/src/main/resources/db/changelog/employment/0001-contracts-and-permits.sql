--liquibase formatted sql

--changeset tsunagu:employment-0001-contract
-- An employment contract (雇用契約) of an employed A型 user at an office: from its start, for a fixed term (end_date) or
-- not, with the terms of renewal, the days a week and the daily schedule (start, end, break), the hourly wage, the
-- job and the place, the monthly commuting allowance and the version of the office's 就業規則 it refers to. A change
-- of terms is a new contract from its date; the earlier one ends the day before.
create table employment_contract (
    tenant_id            uuid        not null,
    id                   uuid        not null,
    office_id            uuid        not null,
    person_id            uuid        not null,
    start_date           date        not null,
    end_date             date,
    renewal              text        check (length(renewal) <= 500),
    days_per_week        integer     not null check (days_per_week between 1 and 7),
    daily_start          time        not null,
    daily_end            time        not null,
    break_minutes        integer     not null check (break_minutes >= 0),
    hourly_wage          bigint      not null check (hourly_wage > 0),
    job                  text        not null check (length(job) between 1 and 100),
    place                text        not null check (length(place) between 1 and 100),
    commuting_allowance  bigint      not null default 0 check (commuting_allowance >= 0),
    work_rules_version   text        not null check (length(work_rules_version) between 1 and 50),
    created_at           timestamptz not null,
    created_by           text        not null,
    version              bigint      not null default 0,
    primary key (tenant_id, id),
    check (end_date is null or end_date >= start_date),
    check (daily_end > daily_start),
    check (extract(epoch from (daily_end - daily_start)) / 60 > break_minutes),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);
create index employment_contract_office on employment_contract (tenant_id, office_id, start_date);

--changeset tsunagu:employment-0001-contract-rls
select tsunagu_protect('employment_contract', '${appRole}');

--changeset tsunagu:employment-0001-permit
-- A 最低賃金の減額特例 permit the labour bureau gave the office (the employer) for a named worker: its number, the
-- reduction (percent of the prefecture's minimum) and its validity.
create table minimum_wage_permit (
    tenant_id          uuid          not null,
    id                 uuid          not null,
    office_id          uuid          not null,
    person_id          uuid          not null,
    permit_number      text          not null check (length(permit_number) between 1 and 50),
    reduction_percent  numeric(5, 2) not null check (reduction_percent > 0 and reduction_percent < 100),
    valid_from         date          not null,
    valid_to           date          not null,
    created_at         timestamptz   not null,
    created_by         text          not null,
    version            bigint        not null default 0,
    primary key (tenant_id, id),
    check (valid_to >= valid_from),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);
create index minimum_wage_permit_person on minimum_wage_permit (tenant_id, office_id, person_id, valid_from);

--changeset tsunagu:employment-0001-permit-rls
select tsunagu_protect('minimum_wage_permit', '${appRole}');
