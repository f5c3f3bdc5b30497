--liquibase formatted sql

--changeset tsunagu:training-0002-placement
-- A hire (就職) of a 就労移行支援 user: the company (a plain name until the tenant's company directory comes with
-- practicums), the hire date, hours a week, the wage with its kind, the job, whether the disability is disclosed
-- (OPEN/CLOSED), and the end (the last day employed) with its reason when the person left. The 6-month day is the same
-- calendar day 6 months after hire; retention_reached_on is set once the person was still employed on it and that
-- was announced (RetentionReached), so it is announced once.
create table placement (
    tenant_id             uuid          not null,
    id                    uuid          not null,
    office_id             uuid          not null,
    person_id             uuid          not null,
    company_name          text          not null check (length(btrim(company_name)) between 1 and 200),
    company_contact       text          check (length(company_contact) <= 200),
    hire_date             date          not null,
    hours_per_week        numeric(4, 1) not null check (hours_per_week > 0 and hours_per_week <= 80),
    wage_kind             text          not null check (wage_kind in ('HOURLY', 'DAILY', 'MONTHLY')),
    wage_yen              bigint        not null check (wage_yen > 0),
    job                   text          not null check (length(btrim(job)) between 1 and 200),
    disclosure            text          not null check (disclosure in ('OPEN', 'CLOSED')),
    ended_on              date,
    end_reason            text          check (length(end_reason) <= 500),
    retention_reached_on  date,
    created_at            timestamptz   not null,
    created_by            text          not null,
    version               bigint        not null default 0,
    primary key (tenant_id, id),
    check (ended_on is null or ended_on >= hire_date),
    check ((ended_on is null) = (end_reason is null)),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);
create index placement_office on placement (tenant_id, office_id, hire_date);
create index placement_person on placement (tenant_id, office_id, person_id);

--changeset tsunagu:training-0002-placement-rls
select tsunagu_protect('placement', '${appRole}');

--changeset tsunagu:training-0002-placement-contact
-- A follow-up contact after hire (定着支援): with whom, face to face or not, the issues raised (a comma-separated set
-- of LATENESS, ABSENCE, FATIGUE, MEDICATION, MONEY, OTHER), a note. Never before the hire nor after the end.
create table placement_contact (
    tenant_id     uuid        not null,
    id            uuid        not null,
    placement_id  uuid        not null,
    contact_date  date        not null,
    with_whom     text        not null check (with_whom in ('PERSON', 'EMPLOYER', 'FAMILY', 'OTHER')),
    face_to_face  boolean     not null,
    issues        text        not null check (issues ~ '^((LATENESS|ABSENCE|FATIGUE|MEDICATION|MONEY|OTHER)(,(LATENESS|ABSENCE|FATIGUE|MEDICATION|MONEY|OTHER))*)?$'),
    note          text        check (length(note) <= 1000),
    created_at    timestamptz not null,
    created_by    text        not null,
    version       bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, placement_id) references placement (tenant_id, id)
);
create index placement_contact_placement on placement_contact (tenant_id, placement_id, contact_date);

--changeset tsunagu:training-0002-placement-contact-rls
select tsunagu_protect('placement_contact', '${appRole}');

--changeset tsunagu:training-0002-transition-capacity
-- The office's 就労移行支援 capacity (利用定員) in a fiscal year, the denominator of the retention rate (the capacities
-- of the two years before the reward year). A year without a row counts the office's current capacity.
create table transition_capacity (
    tenant_id    uuid        not null,
    id           uuid        not null,
    office_id    uuid        not null,
    fiscal_year  integer     not null check (fiscal_year between 1900 and 9998),
    capacity     integer     not null check (capacity between 1 and 999),
    created_at   timestamptz not null,
    created_by   text        not null,
    version      bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, fiscal_year),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);

--changeset tsunagu:training-0002-transition-capacity-rls
select tsunagu_protect('transition_capacity', '${appRole}');
