--liquibase formatted sql

--changeset tsunagu:sharing-0003-handover
-- An office's intake handover (共通フォーマット) of one person: one document (certificate, intelligence tests, family,
-- social resources, history, wishes), its last change, and the office it was taken over from when it came shared.
create table sharing_handover (
    tenant_id        uuid        not null,
    id               uuid        not null,
    office_id        uuid        not null,
    person_id        uuid        not null,
    content          jsonb       not null,
    taken_over_from  text        check (length(taken_over_from) <= 200),
    updated_on       date        not null,
    updated_by       text        not null,
    created_at       timestamptz not null,
    created_by       text        not null,
    version          bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, person_id),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);

--changeset tsunagu:sharing-0003-handover-rls
select tsunagu_protect('sharing_handover', '${appRole}');

--changeset tsunagu:sharing-0003-snapshot-document
-- A snapshot may carry its record whole (a handover, to draw and print it at the recipient), beside its lines.
alter table shared_snapshot add column document jsonb;
