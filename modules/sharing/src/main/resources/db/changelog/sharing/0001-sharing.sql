--liquibase formatted sql

--changeset tsunagu:sharing-0001-consent
-- The source side. A person's consent (同意) that an office of any tenant receive named categories of their records
-- for a period, with its evidence (a scan of the signed paper or the agreement signed on the tablet, kept as sent), the
-- link to the recipient's client (OFFERED when recorded, CLAIMED when the recipient's claim met it, CONFIRMED by this
-- office), and its revocation. The recipient is named by the public office directory: its tenant and office ids are
-- routing, not a key into another tenant's rows.
create table sharing_consent (
    tenant_id              uuid        not null,
    id                     uuid        not null,
    office_id              uuid        not null,
    person_id              uuid        not null,
    recipient_tenant_id    uuid        not null,
    recipient_office_id    uuid        not null,
    recipient_office_number text       not null check (recipient_office_number ~ '^[0-9]{10}$'),
    recipient_office_name  text        not null,
    categories             text        not null check (categories ~ '^(PLAN|MONITORING|ASSESSMENT|ATTENDANCE_SUMMARY|END_OF_SERVICE|HANDOVER|WAGES)(,(PLAN|MONITORING|ASSESSMENT|ATTENDANCE_SUMMARY|END_OF_SERVICE|HANDOVER|WAGES))*$'),
    valid_from             date        not null,
    valid_to               date        not null,
    evidence_kind          text        not null check (evidence_kind in ('PAPER_SCAN', 'TABLET_SIGNATURE')),
    evidence_signed_on     date        not null,
    evidence_file_name     text        not null check (length(btrim(evidence_file_name)) between 1 and 200),
    evidence_content_type  text        not null check (evidence_content_type in ('application/pdf', 'image/png', 'image/jpeg')),
    evidence_content       bytea       not null check (octet_length(evidence_content) between 1 and 5242880),
    status                 text        not null check (status in ('ACTIVE', 'REVOKED')),
    revoked_on             date,
    revoke_reason          text        check (length(revoke_reason) <= 500),
    link_state             text        not null check (link_state in ('OFFERED', 'CLAIMED', 'CONFIRMED')),
    claim_id               uuid,
    claimed_on             date,
    confirmed_on           date,
    created_at             timestamptz not null,
    created_by             text        not null,
    version                bigint      not null default 0,
    primary key (tenant_id, id),
    check (valid_to >= valid_from),
    check ((status = 'REVOKED') = (revoked_on is not null)),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);
create index sharing_consent_person on sharing_consent (tenant_id, office_id, person_id);

--changeset tsunagu:sharing-0001-consent-rls
select tsunagu_protect('sharing_consent', '${appRole}');

--changeset tsunagu:sharing-0001-provision
-- The record of each provision (提供の記録), kept as the law requires, also after a revocation: the day, the recipient,
-- the person, the category, what record it was (its date and title).
create table sharing_provision (
    tenant_id              uuid        not null,
    id                     uuid        not null,
    office_id              uuid        not null,
    consent_id             uuid        not null,
    person_id              uuid        not null,
    category               text        not null,
    provided_on            date        not null,
    record_date            date        not null,
    title                  text        not null,
    recipient_office_name  text        not null,
    created_at             timestamptz not null,
    created_by             text        not null,
    version                bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, consent_id) references sharing_consent (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);
create index sharing_provision_person on sharing_provision (tenant_id, office_id, person_id, provided_on);

--changeset tsunagu:sharing-0001-provision-rls
select tsunagu_protect('sharing_provision', '${appRole}');

--changeset tsunagu:sharing-0001-grant
-- The recipient side. What a source's consent lets this office receive, written by the listener of the source's
-- messages under this tenant: the source office (by name; its ids are routing), the categories and period, the link
-- key (an HMAC, never the certificate number), the client it is linked to once claimed (this tenant's own person), and
-- the state: OFFERED, CLAIMED (a claim met it), CONFIRMED (records flow), REVOKED (access ends).
create table sharing_grant (
    tenant_id          uuid        not null,
    id                 uuid        not null,
    office_id          uuid        not null,
    consent_id         uuid        not null,
    source_tenant_id   uuid        not null,
    source_office_id   uuid        not null,
    source_office_name text        not null,
    link_key           text        not null,
    categories         text        not null,
    valid_from         date        not null,
    valid_to           date        not null,
    state              text        not null check (state in ('OFFERED', 'CLAIMED', 'CONFIRMED', 'REVOKED')),
    person_id          uuid,
    claim_id           uuid,
    confirmed_on       date,
    revoked_on         date,
    created_at         timestamptz not null,
    created_by         text        not null,
    version            bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, consent_id),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);
create index sharing_grant_key on sharing_grant (tenant_id, office_id, link_key);

--changeset tsunagu:sharing-0001-grant-rls
select tsunagu_protect('sharing_grant', '${appRole}');

--changeset tsunagu:sharing-0001-claim
-- A client claimed by this office to receive their records: the client (this tenant's person), the certificate number
-- and municipality code as typed, the day. The claimant is told the same whether or not a consent met it.
create table sharing_claim (
    tenant_id          uuid        not null,
    id                 uuid        not null,
    office_id          uuid        not null,
    person_id          uuid        not null,
    certificate_number text        not null check (certificate_number ~ '^[0-9]{10}$'),
    municipality_code  text        not null check (municipality_code ~ '^[0-9]{6}$'),
    claimed_on         date        not null,
    created_at         timestamptz not null,
    created_by         text        not null,
    version            bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);

--changeset tsunagu:sharing-0001-claim-rls
select tsunagu_protect('sharing_claim', '${appRole}');

--changeset tsunagu:sharing-0001-snapshot
-- A read-only snapshot of one provided record in this tenant's inbox: the grant it came under, the category, the
-- source's provision (its id), the day provided, the record's date, title and lines (labels as message keys). Kept after
-- a revocation (marked by its grant), but no longer shown.
create table shared_snapshot (
    tenant_id     uuid        not null,
    id            uuid        not null,
    office_id     uuid        not null,
    grant_id      uuid        not null,
    person_id     uuid        not null,
    category      text        not null,
    provision_id  uuid        not null,
    provided_on   date        not null,
    record_date   date        not null,
    title         text        not null,
    lines         jsonb       not null,
    created_at    timestamptz not null,
    created_by    text        not null,
    version       bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, provision_id),
    foreign key (tenant_id, grant_id) references sharing_grant (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);
create index shared_snapshot_office on shared_snapshot (tenant_id, office_id, provided_on);

--changeset tsunagu:sharing-0001-snapshot-rls
select tsunagu_protect('shared_snapshot', '${appRole}');
