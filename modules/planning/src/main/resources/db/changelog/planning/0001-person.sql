--liquibase formatted sql

--changeset tsunagu:planning-0001-person
-- 利用者台帳: a person supported by the tenant. Names in kanji and kana (lists sort by kana); small
-- repeated details (emergency contacts, family members, disability certificates) are JSON documents of the
-- person, validated by the application.
create table person (
    tenant_id               uuid        not null,
    id                      uuid        not null,
    family_name             text        not null check (length(family_name) between 1 and 50),
    given_name              text        not null check (length(given_name) between 1 and 50),
    family_name_kana        text        not null check (length(family_name_kana) between 1 and 50),
    given_name_kana         text        not null check (length(given_name_kana) between 1 and 50),
    birth_date              date        not null,
    postal_code             text        check (postal_code ~ '^\d{3}-?\d{4}$'),
    address                 text        check (length(address) <= 200),
    phone                   text        check (length(phone) <= 20),
    email                   text        check (length(email) <= 200),
    support_level           text        check (support_level in ('NOT_APPLICABLE', 'LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'LEVEL_4', 'LEVEL_5', 'LEVEL_6')),
    pension_grade           smallint    check (pension_grade in (1, 2)),
    emergency_contacts      jsonb       not null default '[]',
    family_members          jsonb       not null default '[]',
    disability_certificates jsonb       not null default '[]',
    created_at              timestamptz not null,
    created_by              text        not null,
    updated_at              timestamptz not null,
    version                 bigint      not null default 0,
    primary key (tenant_id, id)
);
create index person_kana on person (tenant_id, family_name_kana, given_name_kana);

--changeset tsunagu:planning-0001-person-rls
select tsunagu_protect('person', '${appRole}');

--changeset tsunagu:planning-0001-person-office
-- The offices that serve a person: a person is visible to these offices (and to tenant-wide members).
create table person_office (
    tenant_id     uuid        not null,
    person_id     uuid        not null,
    office_id     uuid        not null,
    registered_at timestamptz not null,
    primary key (tenant_id, person_id, office_id),
    foreign key (tenant_id, person_id) references person (tenant_id, id),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);
create index person_office_office on person_office (tenant_id, office_id);

--changeset tsunagu:planning-0001-person-office-rls
select tsunagu_protect('person_office', '${appRole}');

--changeset tsunagu:planning-0001-recipient-certificate
-- 受給者証: a person's recipient certificate from a municipality; a person may hold successive ones.
create table recipient_certificate (
    tenant_id           uuid        not null,
    id                  uuid        not null,
    person_id           uuid        not null,
    certificate_number  text        not null check (certificate_number ~ '^\d{10}$'),
    municipality_code   text        not null check (municipality_code ~ '^\d{6}$'),
    municipality_name   text        check (length(municipality_name) <= 50),
    valid_from          date        not null,
    valid_to            date        not null check (valid_to >= valid_from),
    monthly_copay_cap   integer     not null check (monthly_copay_cap >= 0),
    created_at          timestamptz not null,
    created_by          text        not null,
    version             bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);
create index recipient_certificate_person on recipient_certificate (tenant_id, person_id);
create index recipient_certificate_number on recipient_certificate (tenant_id, certificate_number);

--changeset tsunagu:planning-0001-recipient-certificate-rls
select tsunagu_protect('recipient_certificate', '${appRole}');

--changeset tsunagu:planning-0001-benefit-decision
-- 支給決定: one decided service on a certificate: the amount per month (a number of days, or 原則の日数 =
-- days of the month − 8), its period, and whether it is provisional (暫定支給決定) until a date.
create table benefit_decision (
    tenant_id          uuid    not null,
    id                 uuid    not null,
    certificate_id     uuid    not null,
    service_type       text    not null,
    amount_kind        text    not null check (amount_kind in ('DAYS', 'STANDARD_DAYS')),
    days_per_month     smallint check (days_per_month between 1 and 31),
    period_from        date    not null,
    period_to          date    not null check (period_to >= period_from),
    provisional        boolean not null default false,
    provisional_until  date,
    check ((amount_kind = 'DAYS') = (days_per_month is not null)),
    check (provisional or provisional_until is null),
    primary key (tenant_id, id),
    foreign key (tenant_id, certificate_id) references recipient_certificate (tenant_id, id)
);
create index benefit_decision_certificate on benefit_decision (tenant_id, certificate_id);

--changeset tsunagu:planning-0001-benefit-decision-rls
select tsunagu_protect('benefit_decision', '${appRole}');

--changeset tsunagu:planning-0001-usage-contract
-- 利用契約: a person's contract with an office for one service type, with the contracted days per month.
create table usage_contract (
    tenant_id        uuid        not null,
    id               uuid        not null,
    person_id        uuid        not null,
    office_id        uuid        not null,
    service_type     text        not null,
    start_date       date        not null,
    end_date         date        check (end_date >= start_date),
    contracted_days  smallint    not null check (contracted_days between 1 and 31),
    certificate_id   uuid        not null,
    end_reason       text,
    created_at       timestamptz not null,
    created_by       text        not null,
    version          bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, certificate_id) references recipient_certificate (tenant_id, id)
);
create index usage_contract_person on usage_contract (tenant_id, person_id);
create index usage_contract_office on usage_contract (tenant_id, office_id);

--changeset tsunagu:planning-0001-usage-contract-rls
select tsunagu_protect('usage_contract', '${appRole}');
