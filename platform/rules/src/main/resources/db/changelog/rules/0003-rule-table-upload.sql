--liquibase formatted sql

--changeset tsunagu:rules-0003-rule-table-upload
-- New rule tables uploaded by operators (a table the bundled data set lacks), applied at start-up before the
-- uploaded versions. Platform data, like rule_version_upload: the same for every tenant, no personal data.
create table rule_table_upload (
    id          uuid        not null primary key,
    table_id    text        not null unique,
    file_name   text        not null check (length(file_name) between 1 and 200),
    content     text        not null check (length(content) <= 1000000),
    uploaded_by text        not null,
    uploaded_at timestamptz not null
);
grant select, insert on rule_table_upload to ${appRole};
