--liquibase formatted sql

--changeset tsunagu:workspace-0001-work-group
-- A group of users of an office by service type and employment status (employed A型, non-employed A型, B型,
-- 就労移行支援 …): the unit whose work places, contents, shifts and attendance tables are kept apart.
create table work_group (
    tenant_id   uuid        not null,
    id          uuid        not null,
    office_id   uuid        not null,
    name        text        not null check (length(name) between 1 and 50),
    kind        text        not null check (kind in ('EMPLOYED_A', 'NON_EMPLOYED_A', 'TYPE_B', 'TRANSITION', 'EMPLOYMENT_SELECTION')),
    created_at  timestamptz not null,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, name),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);

--changeset tsunagu:workspace-0001-work-group-rls
select tsunagu_protect('work_group', '${appRole}');

--changeset tsunagu:workspace-0001-work-place
-- 作業場所 (AREA: name, place in the site, floor area) and 作業内容 (CONTENT: e.g. box folding, café,
-- contracted cleaning, off-site work at a client company).
create table work_place (
    tenant_id   uuid          not null,
    id          uuid          not null,
    office_id   uuid          not null,
    type        text          not null check (type in ('AREA', 'CONTENT')),
    name        text          not null check (length(name) between 1 and 50),
    location    text          check (length(location) <= 100),
    floor_area  numeric(7, 2) check (floor_area > 0),
    offsite     boolean       not null default false,
    created_at  timestamptz   not null,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, type, name),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);

--changeset tsunagu:workspace-0001-work-place-rls
select tsunagu_protect('work_place', '${appRole}');

--changeset tsunagu:workspace-0001-assignment
-- Which group holds an area or a content in a time slot of the day, from a date (to a date). Two groups never
-- hold one area or content in overlapping slots (WS-5); the application refuses it with the rule's message.
create table work_assignment (
    tenant_id   uuid        not null,
    id          uuid        not null,
    office_id   uuid        not null,
    group_id    uuid        not null,
    place_id    uuid        not null,
    starts_at   time        not null,
    ends_at     time        not null check (ends_at > starts_at),
    valid_from  date        not null,
    valid_to    date        check (valid_to >= valid_from),
    created_at  timestamptz not null,
    created_by  text        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, group_id) references work_group (tenant_id, id),
    foreign key (tenant_id, place_id) references work_place (tenant_id, id),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);
create index work_assignment_place on work_assignment (tenant_id, place_id);

--changeset tsunagu:workspace-0001-assignment-rls
select tsunagu_protect('work_assignment', '${appRole}');
