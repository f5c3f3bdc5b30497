--liquibase formatted sql

--changeset tsunagu:tenancy-0003-tenant-mfa
-- Whether members of the tenant need a second factor (TOTP) for personal data; on unless the tenant's
-- manifest says otherwise.
alter table tenant add column mfa_required boolean not null default true;
