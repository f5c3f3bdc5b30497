--liquibase formatted sql

--changeset tsunagu:planning-0002-support-plan
-- 個別支援計画: an office's plan for one person and service type.
create table support_plan (
    tenant_id     uuid        not null,
    id            uuid        not null,
    person_id     uuid        not null,
    office_id     uuid        not null,
    service_type  text        not null,
    created_at    timestamptz not null,
    created_by    text        not null,
    version       bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);
create index support_plan_office on support_plan (tenant_id, office_id);
create index support_plan_person on support_plan (tenant_id, person_id);

--changeset tsunagu:planning-0002-support-plan-rls
select tsunagu_protect('support_plan', '${appRole}');

--changeset tsunagu:planning-0002-support-plan-version
-- The numbered versions of a plan and their place in the cycle. A trigger refuses any change to an agreed
-- or later version beyond its own cycle steps (delivery, supersession), so immutability holds below the
-- application too.
create table support_plan_version (
    tenant_id          uuid        not null,
    id                 uuid        not null,
    plan_id            uuid        not null,
    number             integer     not null check (number >= 1),
    state              text        not null check (state in ('DRAFT', 'REVIEWED', 'AGREED', 'DELIVERED', 'SUPERSEDED', 'ENDED')),
    content            jsonb       not null,
    meeting            jsonb,
    consent            jsonb,
    delivered_on       date,
    specialist_copy_on date,
    created_at         timestamptz not null,
    created_by         text        not null,
    updated_at         timestamptz not null,
    updated_by         text        not null,
    version            bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, plan_id, number),
    foreign key (tenant_id, plan_id) references support_plan (tenant_id, id),
    check (state not in ('AGREED', 'DELIVERED') or (meeting is not null and consent is not null)),
    check (state <> 'DELIVERED' or delivered_on is not null)
);

--changeset tsunagu:planning-0002-support-plan-version-locked splitStatements:false
create function support_plan_version_locked() returns trigger
    language plpgsql
    as $$
begin
    if old.state in ('AGREED', 'DELIVERED', 'SUPERSEDED', 'ENDED')
       and (new.content is distinct from old.content or new.meeting is distinct from old.meeting
            or new.consent is distinct from old.consent or new.number <> old.number or new.plan_id <> old.plan_id) then
        raise exception 'support plan version % is %: its content never changes', old.number, old.state
            using errcode = 'check_violation';
    end if;
    return new;
end
$$;
create trigger support_plan_version_locked before update on support_plan_version
    for each row execute function support_plan_version_locked();

--changeset tsunagu:planning-0002-support-plan-version-rls
select tsunagu_protect('support_plan_version', '${appRole}');

--changeset tsunagu:planning-0002-monitoring
-- モニタリング: a review of a person's plan: interview, progress per goal, satisfaction and wishes, and
-- whether the plan must change.
create table monitoring (
    tenant_id          uuid        not null,
    id                 uuid        not null,
    plan_id            uuid        not null,
    plan_version       integer     not null,
    monitored_on       date        not null,
    interviewed        boolean     not null,
    progress           jsonb       not null default '[]',
    satisfaction       text        check (length(satisfaction) <= 2000),
    wishes             text        check (length(wishes) <= 2000),
    plan_change_needed boolean     not null,
    notes              text        check (length(notes) <= 4000),
    recorded_at        timestamptz not null,
    recorded_by        text        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, plan_id) references support_plan (tenant_id, id)
);
create index monitoring_plan on monitoring (tenant_id, plan_id, monitored_on desc);

--changeset tsunagu:planning-0002-monitoring-rls
select tsunagu_protect('monitoring', '${appRole}');
