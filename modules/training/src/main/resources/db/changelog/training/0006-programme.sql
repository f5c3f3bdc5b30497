--liquibase formatted sql

--changeset tsunagu:training-0006-programme-item
-- A programme item of the office (プログラム): its kind (work practice, skills training, lecture, commuting practice),
-- a title unique in the office, what it is for. Sessions are held under it.
create table programme_item (
    tenant_id    uuid        not null,
    id           uuid        not null,
    office_id    uuid        not null,
    kind         text        not null check (kind in ('WORK_PRACTICE', 'SKILLS_TRAINING', 'LECTURE', 'COMMUTING_PRACTICE')),
    title        text        not null check (length(btrim(title)) between 1 and 200),
    description  text        check (length(description) <= 1000),
    created_at   timestamptz not null,
    created_by   text        not null,
    version      bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, title),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);

--changeset tsunagu:training-0006-programme-item-rls
select tsunagu_protect('programme_item', '${appRole}');

--changeset tsunagu:training-0006-programme-session
-- A session of a programme item: the day, from and to, who led it, where, what was done.
create table programme_session (
    tenant_id     uuid        not null,
    id            uuid        not null,
    office_id     uuid        not null,
    item_id       uuid        not null,
    session_date  date        not null,
    starts_at     time        not null,
    ends_at       time        not null,
    leader        text        not null check (length(btrim(leader)) between 1 and 200),
    place         text        check (length(place) <= 200),
    content       text        check (length(content) <= 2000),
    created_at    timestamptz not null,
    created_by    text        not null,
    version       bigint      not null default 0,
    primary key (tenant_id, id),
    check (ends_at > starts_at),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, item_id) references programme_item (tenant_id, id)
);
create index programme_session_office on programme_session (tenant_id, office_id, session_date);

--changeset tsunagu:training-0006-programme-session-rls
select tsunagu_protect('programme_session', '${appRole}');

--changeset tsunagu:training-0006-programme-attendance
-- A person's attendance at a session: PRESENT (the person was checked in at the office that day, in the workspace
-- module) or ABSENT, with a note. Once per person and session; recording again replaces it.
create table programme_attendance (
    tenant_id    uuid        not null,
    id           uuid        not null,
    session_id   uuid        not null,
    person_id    uuid        not null,
    status       text        not null check (status in ('PRESENT', 'ABSENT')),
    note         text        check (length(note) <= 500),
    created_at   timestamptz not null,
    created_by   text        not null,
    version      bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, session_id, person_id),
    foreign key (tenant_id, session_id) references programme_session (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);
create index programme_attendance_person on programme_attendance (tenant_id, person_id);

--changeset tsunagu:training-0006-programme-attendance-rls
select tsunagu_protect('programme_attendance', '${appRole}');

--changeset tsunagu:training-0006-goal-progress
-- A person's progress against a short-term goal (短期目標) of the support plan in force on the day recorded: the plan,
-- its version and the goal's number in it, the goal's text as it stood, the level, the programme item through which
-- it was seen (or none), a note.
create table goal_progress (
    tenant_id     uuid        not null,
    id            uuid        not null,
    office_id     uuid        not null,
    person_id     uuid        not null,
    plan_id       uuid        not null,
    plan_version  integer     not null check (plan_version >= 1),
    goal_number   integer     not null check (goal_number >= 1),
    goal_text     text        not null,
    recorded_on   date        not null,
    level         text        not null check (level in ('NOT_STARTED', 'IN_PROGRESS', 'PARTLY_ACHIEVED', 'ACHIEVED')),
    item_id       uuid,
    note          text        check (length(note) <= 2000),
    created_at    timestamptz not null,
    created_by    text        not null,
    version       bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id),
    foreign key (tenant_id, item_id) references programme_item (tenant_id, id)
);
create index goal_progress_person on goal_progress (tenant_id, office_id, person_id, recorded_on);

--changeset tsunagu:training-0006-goal-progress-rls
select tsunagu_protect('goal_progress', '${appRole}');
