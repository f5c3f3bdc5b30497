--liquibase formatted sql

--changeset tsunagu:training-0005-training-company
-- The tenant's company directory (企業台帳), shared by all its offices: no office in the key. A company's name is
-- unique in the tenant; the address, the contact person and phone, the industry, a note. Practicums, job
-- applications and job development (職場開拓) name a company of the directory.
create table training_company (
    tenant_id       uuid        not null,
    id              uuid        not null,
    name            text        not null check (length(btrim(name)) between 1 and 200),
    address         text        check (length(address) <= 300),
    contact_person  text        check (length(contact_person) <= 200),
    phone           text        check (length(phone) <= 50),
    industry        text        check (length(industry) <= 200),
    note            text        check (length(note) <= 1000),
    created_at      timestamptz not null,
    created_by      text        not null,
    version         bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, name)
);

--changeset tsunagu:training-0005-training-company-rls
select tsunagu_protect('training_company', '${appRole}');

--changeset tsunagu:training-0005-practicum
-- A workplace practicum (職場実習) of a 就労移行支援 user at a company of the directory: from and to (both included),
-- the tasks. The person is served by the office for 就労移行支援 on the first day.
create table practicum (
    tenant_id    uuid        not null,
    id           uuid        not null,
    office_id    uuid        not null,
    person_id    uuid        not null,
    company_id   uuid        not null,
    from_date    date        not null,
    to_date      date        not null,
    tasks        text        not null check (length(btrim(tasks)) between 1 and 1000),
    created_at   timestamptz not null,
    created_by   text        not null,
    version      bigint      not null default 0,
    primary key (tenant_id, id),
    check (to_date >= from_date),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id),
    foreign key (tenant_id, company_id) references training_company (tenant_id, id)
);
create index practicum_office on practicum (tenant_id, office_id, from_date);

--changeset tsunagu:training-0005-practicum-rls
select tsunagu_protect('practicum', '${appRole}');

--changeset tsunagu:training-0005-practicum-note
-- A day of the practicum (日誌): whether staff were present, what was done, what was seen. A day without staff
-- present names the company's contact who looked after the person. One note a day.
create table practicum_note (
    tenant_id        uuid        not null,
    id               uuid        not null,
    practicum_id     uuid        not null,
    note_date        date        not null,
    staff_present    boolean     not null,
    company_contact  text        check (length(company_contact) <= 200),
    done             text        not null check (length(btrim(done)) between 1 and 1000),
    observations     text        check (length(observations) <= 2000),
    created_at       timestamptz not null,
    created_by       text        not null,
    version          bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, practicum_id, note_date),
    check (staff_present or length(btrim(company_contact)) > 0),
    foreign key (tenant_id, practicum_id) references practicum (tenant_id, id)
);

--changeset tsunagu:training-0005-practicum-note-rls
select tsunagu_protect('practicum_note', '${appRole}');

--changeset tsunagu:training-0005-practicum-evaluation
-- An evaluation of the practicum by the company (COMPANY) or by staff (STAFF): the day, who, ratings 1 to 5 (or none)
-- with a text for work pace, accuracy, attendance and communication, and the overall comment.
create table practicum_evaluation (
    tenant_id            uuid        not null,
    id                   uuid        not null,
    practicum_id         uuid        not null,
    evaluated_by         text        not null check (evaluated_by in ('COMPANY', 'STAFF')),
    evaluated_on         date        not null,
    evaluator            text        not null check (length(btrim(evaluator)) between 1 and 200),
    pace                 integer     check (pace between 1 and 5),
    pace_note            text        check (length(pace_note) <= 500),
    accuracy             integer     check (accuracy between 1 and 5),
    accuracy_note        text        check (length(accuracy_note) <= 500),
    attendance           integer     check (attendance between 1 and 5),
    attendance_note      text        check (length(attendance_note) <= 500),
    communication        integer     check (communication between 1 and 5),
    communication_note   text        check (length(communication_note) <= 500),
    overall              text        not null check (length(btrim(overall)) between 1 and 2000),
    created_at           timestamptz not null,
    created_by           text        not null,
    version              bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, practicum_id) references practicum (tenant_id, id)
);
create index practicum_evaluation_practicum on practicum_evaluation (tenant_id, practicum_id, evaluated_on);

--changeset tsunagu:training-0005-practicum-evaluation-rls
select tsunagu_protect('practicum_evaluation', '${appRole}');

--changeset tsunagu:training-0005-practicum-review
-- The monthly review of the support plan against the practicum (モニタリング): the month (its first day), the day of
-- the review, the review against the plan's goals, the next steps. It takes the evaluations dated in its month.
create table practicum_review (
    tenant_id     uuid        not null,
    id            uuid        not null,
    practicum_id  uuid        not null,
    review_month  date        not null check (extract(day from review_month) = 1),
    reviewed_on   date        not null,
    review        text        not null check (length(btrim(review)) between 1 and 2000),
    next_steps    text        check (length(next_steps) <= 1000),
    created_at    timestamptz not null,
    created_by    text        not null,
    version       bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, practicum_id, review_month),
    foreign key (tenant_id, practicum_id) references practicum (tenant_id, id)
);

--changeset tsunagu:training-0005-practicum-review-rls
select tsunagu_protect('practicum_review', '${appRole}');

--changeset tsunagu:training-0005-hellowork-registration
-- A person's registration (求職登録) at a ハローワーク: the day, which ハローワーク, the registration number.
create table hellowork_registration (
    tenant_id            uuid        not null,
    id                   uuid        not null,
    office_id            uuid        not null,
    person_id            uuid        not null,
    registered_on        date        not null,
    hellowork_office     text        not null check (length(btrim(hellowork_office)) between 1 and 200),
    registration_number  text        not null check (length(btrim(registration_number)) between 1 and 50),
    created_at           timestamptz not null,
    created_by           text        not null,
    version              bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);
create index hellowork_registration_person on hellowork_registration (tenant_id, office_id, person_id);

--changeset tsunagu:training-0005-hellowork-registration-rls
select tsunagu_protect('hellowork_registration', '${appRole}');

--changeset tsunagu:training-0005-job-application
-- A job application (応募): a company of the directory or a name, the day, the job; its status (APPLIED, INTERVIEW,
-- OFFER, REJECTED, WITHDRAWN) with the day it was reached, and the outcome. Each change of status is a step.
create table job_application (
    tenant_id     uuid        not null,
    id            uuid        not null,
    office_id     uuid        not null,
    person_id     uuid        not null,
    company_id    uuid,
    company_name  text        check (length(company_name) <= 200),
    applied_on    date        not null,
    job           text        not null check (length(btrim(job)) between 1 and 200),
    status        text        not null check (status in ('APPLIED', 'INTERVIEW', 'OFFER', 'REJECTED', 'WITHDRAWN')),
    status_on     date        not null,
    outcome       text        check (length(outcome) <= 1000),
    created_at    timestamptz not null,
    created_by    text        not null,
    version       bigint      not null default 0,
    primary key (tenant_id, id),
    check ((company_id is null) <> (company_name is null)),
    check (status_on >= applied_on),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id),
    foreign key (tenant_id, company_id) references training_company (tenant_id, id)
);
create index job_application_person on job_application (tenant_id, office_id, person_id, applied_on);

--changeset tsunagu:training-0005-job-application-rls
select tsunagu_protect('job_application', '${appRole}');

--changeset tsunagu:training-0005-job-application-step
-- A step of an application: the status reached, the day (an interview's date), a note (what was asked, the result).
create table job_application_step (
    tenant_id       uuid        not null,
    id              uuid        not null,
    application_id  uuid        not null,
    status          text        not null check (status in ('APPLIED', 'INTERVIEW', 'OFFER', 'REJECTED', 'WITHDRAWN')),
    step_on         date        not null,
    note            text        check (length(note) <= 1000),
    created_at      timestamptz not null,
    created_by      text        not null,
    version         bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, application_id) references job_application (tenant_id, id)
);
create index job_application_step_application on job_application_step (tenant_id, application_id, step_on);

--changeset tsunagu:training-0005-job-application-step-rls
select tsunagu_protect('job_application_step', '${appRole}');

--changeset tsunagu:training-0005-job-development
-- Job development (職場開拓) with a company of the directory: the office, the day, the staff member, what was
-- discussed, the outcome.
create table job_development (
    tenant_id      uuid        not null,
    id             uuid        not null,
    office_id      uuid        not null,
    company_id     uuid        not null,
    visited_on     date        not null,
    staff          text        not null check (length(btrim(staff)) between 1 and 200),
    discussed      text        not null check (length(btrim(discussed)) between 1 and 2000),
    outcome        text        check (length(outcome) <= 1000),
    created_at     timestamptz not null,
    created_by     text        not null,
    version        bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, company_id) references training_company (tenant_id, id)
);
create index job_development_company on job_development (tenant_id, office_id, company_id, visited_on);

--changeset tsunagu:training-0005-job-development-rls
select tsunagu_protect('job_development', '${appRole}');
