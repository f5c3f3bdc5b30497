--liquibase formatted sql

--changeset tsunagu:employment-0005-paid-leave-taken
-- Annual paid leave (年次有給休暇) taken by an employed user: a day or half a day. The grants are computed from the
-- contracts and the rule table, not stored.
create table paid_leave_taken (
    tenant_id   uuid         not null,
    id          uuid         not null,
    office_id   uuid         not null,
    person_id   uuid         not null,
    taken_on    date         not null,
    days        numeric(2, 1) not null check (days in (0.5, 1.0)),
    created_at  timestamptz  not null,
    created_by  text         not null,
    version     bigint       not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, person_id, taken_on),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);

--changeset tsunagu:employment-0005-paid-leave-taken-rls
select tsunagu_protect('paid_leave_taken', '${appRole}');
