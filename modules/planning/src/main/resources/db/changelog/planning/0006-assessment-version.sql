--liquibase formatted sql

--changeset tsunagu:planning-0006-assessment-version
-- assessments join the entity base (id, tenant, version, created at and by): the optimistic-lock version
alter table assessment add column version bigint not null default 0;
