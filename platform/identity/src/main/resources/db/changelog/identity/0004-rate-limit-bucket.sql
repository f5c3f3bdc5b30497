--liquibase formatted sql

--changeset tsunagu:identity-0004-rate-limit-bucket
-- TenantRateLimiter's buckets, shared by every application instance (#25 point 1). Not a tenant's data: a counter per
-- bucket, no tenant_id column, no row-level security; on Citus it stays on the coordinator (DistributionReadyIT).
-- Request budgets (token buckets) shared by the instances: one row per bucket ('tenant:<id>'), the tokens left and
-- when they were counted (the database's clock, one for every instance). Unlogged: no WAL for a counter that is
-- rewritten on every API request; after a crash the table is empty and every bucket starts full, which is harmless.
create unlogged table rate_limit_bucket (
    bucket     text             not null primary key,
    tokens     double precision not null,
    counted_at timestamptz      not null,
    taken      boolean          not null
);
grant select, insert, update, delete on rate_limit_bucket to ${appRole};
