--liquibase formatted sql

--changeset tsunagu:planning-0007-monitoring-version
-- monitorings (of plans and of service use plans) join the entity base: the optimistic-lock version
alter table monitoring add column version bigint not null default 0;
alter table service_use_monitoring add column version bigint not null default 0;
