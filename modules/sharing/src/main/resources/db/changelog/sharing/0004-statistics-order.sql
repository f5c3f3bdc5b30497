--liquibase formatted sql

--changeset tsunagu:sharing-0004-statistic-computed-at
-- When the source computed the figures kept: a publication computed earlier (a retried message) does not replace them.
alter table sharing_municipal_statistic add column computed_at timestamptz;
