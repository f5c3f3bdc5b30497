--liquibase formatted sql

--changeset tsunagu:sharing-0002-statistics-publication
-- The source side of a municipality's statistics: the corporation's opting in, per office, to publish the office's
-- monthly aggregates to a municipality (named by its office in the public directory; the ids are routing). One
-- publication runs per office at a time; stopping it keeps the row.
create table sharing_statistics_publication (
    tenant_id               uuid        not null,
    id                      uuid        not null,
    office_id               uuid        not null,
    recipient_tenant_id     uuid        not null,
    recipient_office_id     uuid        not null,
    recipient_office_number text        not null check (recipient_office_number ~ '^[0-9]{10}$'),
    recipient_name          text        not null,
    started_on              date        not null,
    stopped_on              date,
    last_published_month    date,
    created_at              timestamptz not null,
    created_by              text        not null,
    version                 bigint      not null default 0,
    primary key (tenant_id, id),
    check (stopped_on is null or stopped_on >= started_on),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);
create unique index sharing_statistics_publication_running on sharing_statistics_publication (tenant_id, office_id)
    where stopped_on is null;

--changeset tsunagu:sharing-0002-statistics-publication-rls
select tsunagu_protect('sharing_statistics_publication', '${appRole}');

--changeset tsunagu:sharing-0002-municipal-statistic
-- The municipality's side: an office's aggregates of a month, or of a fiscal year up to a month, as published (the
-- listener of the source's message writes it under the municipality's tenant). Cells are counts and averages only,
-- each with the rule that built it; a count under the disclosure threshold arrives already suppressed (null value):
-- no name, certificate number or birth date is ever here. A newer publication of the same period replaces the row.
create table sharing_municipal_statistic (
    tenant_id            uuid        not null,
    id                   uuid        not null,
    office_id            uuid        not null,
    source_office_number text        not null check (source_office_number ~ '^[0-9]{10}$'),
    source_office_name   text        not null,
    source_tenant_name   text        not null,
    period_kind          text        not null check (period_kind in ('MONTH', 'FISCAL_YEAR')),
    period_start         date        not null,
    through_month        date        not null,
    cells                jsonb       not null,
    published_on         date        not null,
    created_at           timestamptz not null,
    created_by           text        not null,
    version              bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, source_office_number, period_kind, period_start),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);

--changeset tsunagu:sharing-0002-municipal-statistic-rls
select tsunagu_protect('sharing_municipal_statistic', '${appRole}');
