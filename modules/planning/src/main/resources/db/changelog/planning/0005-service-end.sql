--liquibase formatted sql

--changeset tsunagu:planning-0005-service-end
-- 終了: a person's service at an office ended, with the reason, and the checklist it leaves as tasks
-- (certificate entry, contract report; for A型 the separation notice and the insurance exit).
create table service_end (
    tenant_id    uuid        not null,
    id           uuid        not null,
    person_id    uuid        not null,
    office_id    uuid        not null,
    ended_on     date        not null,
    reason       text        not null check (reason in ('REGULAR_EMPLOYMENT', 'OTHER_SERVICE', 'ILLNESS', 'DEATH', 'MOVED', 'PERSONS_WISH', 'OTHER')),
    note         text        check (length(note) <= 2000),
    recorded_at  timestamptz not null,
    recorded_by  text        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);
create index service_end_person on service_end (tenant_id, person_id);

--changeset tsunagu:planning-0005-service-end-rls
select tsunagu_protect('service_end', '${appRole}');

--changeset tsunagu:planning-0005-service-end-task
create table service_end_task (
    tenant_id       uuid        not null,
    id              uuid        not null,
    service_end_id  uuid        not null,
    kind            text        not null check (kind in ('CERTIFICATE_ENTRY', 'CONTRACT_REPORT', 'SEPARATION_NOTICE', 'INSURANCE_EXIT')),
    done_on         date,
    done_by         text,
    primary key (tenant_id, id),
    unique (tenant_id, service_end_id, kind),
    foreign key (tenant_id, service_end_id) references service_end (tenant_id, id)
);

--changeset tsunagu:planning-0005-service-end-task-rls
select tsunagu_protect('service_end_task', '${appRole}');
