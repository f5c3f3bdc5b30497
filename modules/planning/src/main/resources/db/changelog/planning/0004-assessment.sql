--liquibase formatted sql

--changeset tsunagu:planning-0004-assessment
-- アセスメント: a structured assessment sheet of a person by an office: the interview date, the assessor,
-- that the purpose was explained to the person (required), the sheet, and test results (WAIS/WISC …) kept
-- apart as restricted fields that only some roles read.
create table assessment (
    tenant_id          uuid        not null,
    id                 uuid        not null,
    person_id          uuid        not null,
    office_id          uuid        not null,
    interviewed_on     date        not null,
    assessor           text        not null check (length(assessor) between 1 and 50),
    purpose_explained  boolean     not null check (purpose_explained),
    sheet              jsonb       not null,
    restricted_results jsonb       not null default '[]',
    created_at         timestamptz not null,
    created_by         text        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);
create index assessment_person on assessment (tenant_id, person_id, interviewed_on desc);

--changeset tsunagu:planning-0004-assessment-rls
select tsunagu_protect('assessment', '${appRole}');

--changeset tsunagu:planning-0004-service-use-plan
-- サービス等利用計画: a consultation office's plan for a person, draft then final (with consent), with its
-- own monitoring period in months (the allowed periods are rule data) and its monitoring records.
create table service_use_plan (
    tenant_id          uuid        not null,
    id                 uuid        not null,
    person_id          uuid        not null,
    office_id          uuid        not null,
    certificate_number text        check (certificate_number ~ '^\d{10}$'),
    author             text        not null check (length(author) between 1 and 50),
    drafted_on         date        not null,
    monitoring_months  integer     not null check (monitoring_months between 1 and 12),
    state              text        not null check (state in ('DRAFT', 'FINAL')),
    content            jsonb       not null,
    agreed_by          text,
    agreed_on          date,
    created_at         timestamptz not null,
    created_by         text        not null,
    updated_at         timestamptz not null,
    version            bigint      not null default 0,
    primary key (tenant_id, id),
    check (state = 'DRAFT' or (agreed_by is not null and agreed_on is not null)),
    foreign key (tenant_id, person_id) references person (tenant_id, id),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);
create index service_use_plan_person on service_use_plan (tenant_id, person_id);

--changeset tsunagu:planning-0004-service-use-plan-rls
select tsunagu_protect('service_use_plan', '${appRole}');

--changeset tsunagu:planning-0004-service-use-monitoring
create table service_use_monitoring (
    tenant_id     uuid        not null,
    id            uuid        not null,
    plan_id       uuid        not null,
    monitored_on  date        not null,
    interviewed   boolean     not null,
    notes         text        check (length(notes) <= 4000),
    plan_change_needed boolean not null,
    recorded_at   timestamptz not null,
    recorded_by   text        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, plan_id) references service_use_plan (tenant_id, id)
);
create index service_use_monitoring_plan on service_use_monitoring (tenant_id, plan_id, monitored_on desc);

--changeset tsunagu:planning-0004-service-use-monitoring-rls
select tsunagu_protect('service_use_monitoring', '${appRole}');
