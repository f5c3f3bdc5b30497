--liquibase formatted sql

--changeset tsunagu:wages-0011-activity-purpose
-- Whose production an activity is: KOUCHIN (the default, every activity before this change) makes the pool of 工賃 paid
-- to B型 and non-employed A型 users; EMPLOYED_A is the production of an A型 office's employed users, kept in the same
-- ledger where the office offers both, whose balance must cover their wages (the employment module reads it) and
-- which is never paid out as 工賃.
alter table production_activity add column purpose text not null default 'KOUCHIN' check (purpose in ('KOUCHIN', 'EMPLOYED_A'));
