--liquibase formatted sql

--changeset tsunagu:rules-0001-rule-version-upload
-- Versions of national rule tables uploaded by operators (the bundled data set lives in rules/*.yaml).
-- Platform data, not tenant-owned: the same for every tenant, holding no personal data. Append-only.
create table rule_version_upload (
    id             uuid        not null primary key,
    table_id       text        not null,
    effective_from date        not null,
    file_name      text        not null check (length(file_name) between 1 and 200),
    content        text        not null check (length(content) <= 1000000),
    uploaded_by    text        not null,
    uploaded_at    timestamptz not null,
    unique (table_id, effective_from)
);
grant select, insert on rule_version_upload to ${appRole};
