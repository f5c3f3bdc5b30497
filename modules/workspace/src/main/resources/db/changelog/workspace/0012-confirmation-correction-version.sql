--liquibase formatted sql

--changeset tsunagu:workspace-0012-confirmation-correction-version
-- confirmations of the monthly sheet and corrections of a day's record join the entity base (id, tenant, version,
-- created at and by): the optimistic-lock version; their recorded_at/by and corrected_at/by are their creation
alter table attendance_confirmation add column version bigint not null default 0;
alter table service_record_correction add column version bigint not null default 0;
