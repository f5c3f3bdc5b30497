--liquibase formatted sql

--changeset tsunagu:workspace-0013-group-place-base
-- work groups and work places (areas and contents) join the entity base (id, tenant, version, created at and by):
-- a version, and who created them, which was not kept until now (nor audited): the existing ones are marked as by
-- 'system', the name the audit trail gives to what no request user did; new ones name their user.
alter table work_group
    add column version    bigint not null default 0,
    add column created_by text   not null default 'system';
alter table work_group alter column created_by drop default;
alter table work_place
    add column version    bigint not null default 0,
    add column created_by text   not null default 'system';
alter table work_place alter column created_by drop default;
