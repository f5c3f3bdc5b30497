--liquibase formatted sql

--changeset tsunagu:training-0001-transition-period
-- A person's use of 就労移行支援 at an office: the first day of use, from which the standard usage period runs (the
-- benefit decision's end rules where it comes first).
create table transition_period (
    tenant_id   uuid        not null,
    id          uuid        not null,
    office_id   uuid        not null,
    person_id   uuid        not null,
    first_day   date        not null,
    created_at  timestamptz not null,
    created_by  text        not null,
    version     bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, person_id),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);

--changeset tsunagu:training-0001-transition-period-rls
select tsunagu_protect('transition_period', '${appRole}');

--changeset tsunagu:training-0001-transition-extension
-- A request to extend the usage period (at most the rule's months in all) and the municipality's decision on it:
-- REQUESTED until decided, then GRANTED (for the months granted, at most those requested) or REFUSED.
create table transition_extension (
    tenant_id       uuid        not null,
    id              uuid        not null,
    office_id       uuid        not null,
    person_id       uuid        not null,
    requested_on    date        not null,
    months          integer     not null check (months between 1 and 24),
    reason          text        not null check (length(btrim(reason)) between 1 and 500),
    status          text        not null check (status in ('REQUESTED', 'GRANTED', 'REFUSED')),
    decided_on      date,
    granted_months  integer     check (granted_months between 1 and 24),
    decision_note   text        check (length(decision_note) <= 500),
    created_at      timestamptz not null,
    created_by      text        not null,
    version         bigint      not null default 0,
    primary key (tenant_id, id),
    check ((status = 'REQUESTED') = (decided_on is null)),
    check ((status = 'GRANTED') = (granted_months is not null)),
    check (granted_months is null or granted_months <= months),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);
create index transition_extension_person on transition_extension (tenant_id, office_id, person_id);

--changeset tsunagu:training-0001-transition-extension-rls
select tsunagu_protect('transition_extension', '${appRole}');
