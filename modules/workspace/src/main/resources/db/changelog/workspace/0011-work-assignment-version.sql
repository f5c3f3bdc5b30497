--liquibase formatted sql

--changeset tsunagu:workspace-0011-work-assignment-version
-- work assignments join the entity base (id, tenant, version, created at and by): the optimistic-lock version
alter table work_assignment add column version bigint not null default 0;
