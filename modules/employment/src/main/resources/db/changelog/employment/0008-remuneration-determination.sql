--liquibase formatted sql

--changeset tsunagu:employment-0008-remuneration-determination
-- A determination of an insured user's monthly remuneration (報酬月額), from which the standard amounts are looked up:
-- the yearly one (定時決定, from the pay of April to June, in force from September), with the months it averaged.
create table remuneration_determination (
    tenant_id        uuid        not null,
    id               uuid        not null,
    office_id        uuid        not null,
    person_id        uuid        not null,
    kind             text        not null check (kind in ('ANNUAL')),
    effective_month  date        not null check (extract(day from effective_month) = 1),
    remuneration     bigint      not null check (remuneration > 0),
    basis            text        not null check (length(basis) <= 1000),
    created_at       timestamptz not null,
    created_by       text        not null,
    version          bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, person_id, kind, effective_month),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);

--changeset tsunagu:employment-0008-remuneration-determination-rls
select tsunagu_protect('remuneration_determination', '${appRole}');
