--liquibase formatted sql

--changeset tsunagu:workspace-0010-staff-member
-- A member of an office's staff (職員): name and フリガナ. Their roles, services and hours are assignments.
create table staff_member (
    tenant_id   uuid        not null,
    id          uuid        not null,
    office_id   uuid        not null,
    name        text        not null check (length(name) between 1 and 50),
    kana        text        not null check (length(kana) between 1 and 50),
    created_at  timestamptz not null,
    created_by  text        not null,
    updated_at  timestamptz not null,
    updated_by  text        not null,
    version     bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);
create index staff_member_office on staff_member (tenant_id, office_id, kana);

--changeset tsunagu:workspace-0010-staff-member-rls
select tsunagu_protect('staff_member', '${appRole}');

--changeset tsunagu:workspace-0010-staff-assignment
-- What a staff member does, for which service, how many scheduled hours a week, from a date (to a date):
-- 職業指導員, 生活支援員, 就労支援員, サービス管理責任者. The full-time equivalent (常勤換算) of a month is read from
-- these; work that ends is closed with valid_to so that past months keep their figures (deleting is for an
-- assignment entered in error).
create table staff_assignment (
    tenant_id       uuid          not null,
    id              uuid          not null,
    office_id       uuid          not null,
    staff_id        uuid          not null,
    role            text          not null check (role in ('VOCATIONAL_INSTRUCTOR', 'LIFE_SUPPORT_WORKER',
                                                           'EMPLOYMENT_SUPPORT_WORKER', 'SERVICE_MANAGER')),
    service_type    text          not null,
    hours_per_week  numeric(5, 2) not null check (hours_per_week > 0 and hours_per_week <= 168),
    valid_from      date          not null,
    valid_to        date          check (valid_to >= valid_from),
    created_at      timestamptz   not null,
    created_by      text          not null,
    version         bigint        not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, staff_id) references staff_member (tenant_id, id),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);
create index staff_assignment_office on staff_assignment (tenant_id, office_id, valid_from);
create index staff_assignment_staff on staff_assignment (tenant_id, staff_id);

--changeset tsunagu:workspace-0010-staff-assignment-rls
select tsunagu_protect('staff_assignment', '${appRole}');

--changeset tsunagu:workspace-0010-office-staffing-level
-- The staffing level an office filed for a service (体制届: B型 (Ⅰ)-(Ⅵ), A型 (Ⅰ)/(Ⅱ)), from the first day of a
-- month. Without a row the rules table staffing-ratio names the default level.
create table office_staffing_level (
    tenant_id       uuid        not null,
    id              uuid        not null,
    office_id       uuid        not null,
    service_type    text        not null,
    level           text        not null,
    effective_from  date        not null check (extract(day from effective_from) = 1),
    set_at          timestamptz not null,
    set_by          text        not null,
    version         bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, service_type, effective_from),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);

--changeset tsunagu:workspace-0010-office-staffing-level-rls
select tsunagu_protect('office_staffing_level', '${appRole}');
