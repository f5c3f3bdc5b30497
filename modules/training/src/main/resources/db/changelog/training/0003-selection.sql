--liquibase formatted sql

--changeset tsunagu:training-0003-selection-assessment
-- 就労選択支援: a person's work assessment at an office, usually one month and at most the rule's (two) months from
-- its start; the strengths and the conditions that help; the case meeting with the agencies involved; the completion
-- (the result's summary, the day the result sheet was handed over, the consent to share it with the consultation
-- office). OPEN until completed, then final.
create table selection_assessment (
    tenant_id             uuid        not null,
    id                    uuid        not null,
    office_id             uuid        not null,
    person_id             uuid        not null,
    started_on            date        not null,
    period_end            date        not null,
    status                text        not null check (status in ('OPEN', 'COMPLETED')),
    strengths             text        check (length(strengths) <= 2000),
    helpful_conditions    text        check (length(helpful_conditions) <= 2000),
    meeting_on            date,
    meeting_participants  text        check (length(meeting_participants) <= 1000),
    meeting_summary       text        check (length(meeting_summary) <= 2000),
    completed_on          date,
    handed_over_on        date,
    result_summary        text        check (length(result_summary) <= 2000),
    share_with_consultation boolean,
    created_at            timestamptz not null,
    created_by            text        not null,
    version               bigint      not null default 0,
    primary key (tenant_id, id),
    check (period_end >= started_on),
    check ((meeting_on is null) = (meeting_participants is null)),
    check ((status = 'COMPLETED') = (completed_on is not null)),
    check ((status = 'COMPLETED') = (result_summary is not null)),
    check ((status = 'COMPLETED') = (share_with_consultation is not null)),
    check (completed_on is null or completed_on >= started_on),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);
create index selection_assessment_person on selection_assessment (tenant_id, person_id, status);
create index selection_assessment_office on selection_assessment (tenant_id, office_id);

--changeset tsunagu:training-0003-selection-assessment-rls
select tsunagu_protect('selection_assessment', '${appRole}');

--changeset tsunagu:training-0003-selection-observation
-- What was observed on a day of the assessment: the task, what was seen (a fact), and its evidence.
create table selection_observation (
    tenant_id      uuid        not null,
    id             uuid        not null,
    assessment_id  uuid        not null,
    observed_on    date        not null,
    task           text        not null check (length(btrim(task)) between 1 and 200),
    seen           text        not null check (length(btrim(seen)) between 1 and 2000),
    evidence       text        not null check (length(btrim(evidence)) between 1 and 1000),
    created_at     timestamptz not null,
    created_by     text        not null,
    version        bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, assessment_id) references selection_assessment (tenant_id, id)
);
create index selection_observation_assessment on selection_observation (tenant_id, assessment_id, observed_on);

--changeset tsunagu:training-0003-selection-observation-rls
select tsunagu_protect('selection_observation', '${appRole}');

--changeset tsunagu:training-0003-selection-finding
-- A finding of the assessment, a FACT (what was seen or is known) kept apart from a PREDICTION (what is expected);
-- each with its evidence, which a prediction cannot go without.
create table selection_finding (
    tenant_id      uuid        not null,
    id             uuid        not null,
    assessment_id  uuid        not null,
    kind           text        not null check (kind in ('FACT', 'PREDICTION')),
    statement      text        not null check (length(btrim(statement)) between 1 and 2000),
    evidence       text        check (length(evidence) <= 1000),
    created_at     timestamptz not null,
    created_by     text        not null,
    version        bigint      not null default 0,
    primary key (tenant_id, id),
    check (kind = 'FACT' or length(btrim(evidence)) >= 1),
    foreign key (tenant_id, assessment_id) references selection_assessment (tenant_id, id)
);
create index selection_finding_assessment on selection_finding (tenant_id, assessment_id);

--changeset tsunagu:training-0003-selection-finding-rls
select tsunagu_protect('selection_finding', '${appRole}');
