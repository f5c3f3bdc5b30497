--liquibase formatted sql

--changeset tsunagu:training-0004-retention-support
-- 就労定着支援 for a person employed by a company: the hire date, the support's first and last day (at most three years,
-- from six months after hire: rule data retention-support-period), whether the person consented to the employer
-- receiving the monthly report, and the day the support ended early because the person left the job.
create table retention_support (
    tenant_id         uuid        not null,
    id                uuid        not null,
    office_id         uuid        not null,
    person_id         uuid        not null,
    employer          text        not null check (length(btrim(employer)) between 1 and 200),
    hire_date         date        not null,
    support_from      date        not null,
    support_to        date        not null,
    consent_employer  boolean     not null default false,
    ended_on          date,
    end_reason        text        check (length(end_reason) <= 500),
    created_at        timestamptz not null,
    created_by        text        not null,
    version           bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, id),
    check (support_from > hire_date),
    check (support_to >= support_from),
    check (ended_on is null or ended_on between support_from and support_to),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);
create index retention_support_person on retention_support (tenant_id, office_id, person_id);

--changeset tsunagu:training-0004-retention-support-rls
select tsunagu_protect('retention_support', '${appRole}');

--changeset tsunagu:training-0004-retention-contact
-- A contact of the support: face to face or not (only a month with a face-to-face contact is billable), with whom,
-- the issues raised and a note.
create table retention_contact (
    tenant_id     uuid        not null,
    id            uuid        not null,
    office_id     uuid        not null,
    support_id    uuid        not null,
    person_id     uuid        not null,
    contact_date  date        not null,
    face_to_face  boolean     not null,
    with_whom     text        not null check (with_whom in ('PERSON', 'EMPLOYER', 'FAMILY', 'OTHER')),
    issues        text        check (length(issues) <= 2000),
    note          text        check (length(note) <= 2000),
    created_at    timestamptz not null,
    created_by    text        not null,
    version       bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, office_id, support_id) references retention_support (tenant_id, office_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);
create index retention_contact_support on retention_contact (tenant_id, support_id, contact_date);
create index retention_contact_office on retention_contact (tenant_id, office_id, contact_date);

--changeset tsunagu:training-0004-retention-contact-rls
select tsunagu_protect('retention_contact', '${appRole}');

--changeset tsunagu:training-0004-retention-report
-- The monthly support report (支援レポート), one per support and month: the month's support, its issues and the next
-- steps; the day it was shared with the person and, with the person's consent, with the employer; marked face to face
-- only when the month had a face-to-face contact (the service checks it).
create table retention_report (
    tenant_id                 uuid        not null,
    id                        uuid        not null,
    office_id                 uuid        not null,
    support_id                uuid        not null,
    person_id                 uuid        not null,
    report_month              date        not null check (extract(day from report_month) = 1),
    support_given             text        not null check (length(btrim(support_given)) between 1 and 4000),
    issues                    text        check (length(issues) <= 4000),
    next_steps                text        check (length(next_steps) <= 4000),
    face_to_face              boolean     not null,
    shared_with_person_on     date,
    shared_with_employer_on   date,
    created_at                timestamptz not null,
    created_by                text        not null,
    version                   bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, support_id, report_month),
    foreign key (tenant_id, office_id, support_id) references retention_support (tenant_id, office_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);

--changeset tsunagu:training-0004-retention-report-rls
select tsunagu_protect('retention_report', '${appRole}');
