--liquibase formatted sql

--changeset tsunagu:audit-0001-audit-record
-- The audit trail of personal data: who read or changed what, when, for which person. Append-only for the
-- application (INSERT and SELECT only; UPDATE, DELETE and TRUNCATE raise errors), hash-chained per tenant.
create table audit_record (
    tenant_id         uuid        not null references tenant (tenant_id),
    seq               bigint      not null,
    id                uuid        not null,
    occurred_at       timestamptz not null,
    username          text        not null check (length(username) between 1 and 255),
    office_id         uuid,
    subject_person_id uuid,
    action            text        not null check (action ~ '^[A-Z][A-Z_]*$'),
    resource          text        not null check (length(resource) between 1 and 100),
    resource_id       text        check (length(resource_id) <= 200),
    request_id        text        check (length(request_id) <= 64),
    outcome           text        not null check (outcome in ('SUCCESS', 'DENIED', 'FAILED')),
    purpose           text        check (length(purpose) <= 500),
    details           text        check (length(details) <= 2000),
    prev_hash         text        not null,
    hash              text        not null,
    primary key (tenant_id, seq),
    unique (tenant_id, id),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);
create index audit_record_by_subject on audit_record (tenant_id, subject_person_id, occurred_at);
create index audit_record_by_user on audit_record (tenant_id, username, occurred_at);
create index audit_record_by_time on audit_record (tenant_id, occurred_at);

--changeset tsunagu:audit-0001-audit-record-rls
select tsunagu_protect('audit_record', '${appRole}');
revoke update, delete, truncate on audit_record from ${appRole};

--changeset tsunagu:audit-0001-audit-hash splitStatements:false
-- The hash of one record: SHA-256 over the previous record's hash and every field, in a fixed order and
-- format. Used by the insert trigger and by the verification, so both compute exactly the same thing.
create function audit_hash(p_prev text, p_tenant uuid, p_seq bigint, p_id uuid, p_at timestamptz, p_user text,
                           p_office uuid, p_subject uuid, p_action text, p_resource text, p_resource_id text,
                           p_request text, p_outcome text, p_purpose text, p_details text) returns text
    language sql stable
    as $$
select encode(sha256(convert_to(concat_ws(E'\x1f', p_prev, p_tenant::text, p_seq::text, p_id::text,
           to_char(p_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), p_user,
           coalesce(p_office::text, '-'), coalesce(p_subject::text, '-'), p_action, p_resource,
           coalesce(p_resource_id, '-'), coalesce(p_request, '-'), p_outcome, coalesce(p_purpose, '-'),
           coalesce(p_details, '-')), 'UTF8')), 'hex')
$$;

--changeset tsunagu:audit-0001-audit-chain splitStatements:false
-- Appends to the tenant's chain: the next sequence number, the previous hash and this record's hash. The
-- advisory lock serialises appends per tenant until the transaction ends, so the chain never forks.
create function audit_record_chain() returns trigger
    language plpgsql
    as $$
declare
    last_seq  bigint;
    last_hash text;
begin
    perform pg_advisory_xact_lock(hashtextextended('audit_record:' || new.tenant_id::text, 0));
    select seq, hash into last_seq, last_hash
      from audit_record where tenant_id = new.tenant_id order by seq desc limit 1;
    new.seq := coalesce(last_seq, 0) + 1;
    new.prev_hash := coalesce(last_hash, repeat('0', 64));
    new.hash := audit_hash(new.prev_hash, new.tenant_id, new.seq, new.id, new.occurred_at, new.username,
                           new.office_id, new.subject_person_id, new.action, new.resource, new.resource_id,
                           new.request_id, new.outcome, new.purpose, new.details);
    return new;
end
$$;

create function audit_record_append_only() returns trigger
    language plpgsql
    as $$
begin
    raise exception 'the audit trail is append-only: % is not allowed', tg_op using errcode = '42501';
end
$$;

--changeset tsunagu:audit-0001-audit-triggers
create trigger audit_record_chain before insert on audit_record
    for each row execute function audit_record_chain();
create trigger audit_record_no_change before update or delete on audit_record
    for each row execute function audit_record_append_only();
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_record_append_only();
grant execute on function audit_hash(text, uuid, bigint, uuid, timestamptz, text, uuid, uuid, text, text, text, text, text, text, text) to ${appRole};

--changeset tsunagu:audit-0001-audit-verifier-schema
-- The verifier may own functions in the schema (ALTER OWNER needs CREATE), then loses CREATE again below.
grant usage, create on schema public to tsunagu_audit_verifier;

--changeset tsunagu:audit-0001-audit-verify splitStatements:false
-- Verification across all tenants, for the audit-verify command: the first broken record of each tenant
-- whose chain is broken (a changed field, a removed or inserted record). It runs as a role that may read
-- past row-level security but owns nothing and can do nothing else; it returns ids and sequence numbers
-- only, never content.
create function audit_verify() returns table (tenant_id uuid, seq bigint, id uuid, problem text, records bigint)
    language sql stable security definer
    set search_path = public
    as $$
with chain as (
    select a.tenant_id, a.seq, a.id, a.hash, a.prev_hash,
           lag(a.hash) over (partition by a.tenant_id order by a.seq) as previous_hash,
           lag(a.seq) over (partition by a.tenant_id order by a.seq) as previous_seq,
           audit_hash(a.prev_hash, a.tenant_id, a.seq, a.id, a.occurred_at, a.username, a.office_id,
                      a.subject_person_id, a.action, a.resource, a.resource_id, a.request_id, a.outcome,
                      a.purpose, a.details) as expected,
           count(*) over (partition by a.tenant_id) as records
      from audit_record a
), broken as (
    select c.*, case
               when c.seq <> coalesce(c.previous_seq, 0) + 1 then 'a record before it is missing'
               when c.prev_hash <> coalesce(c.previous_hash, repeat('0', 64)) then 'the link to the previous record is broken'
               when c.hash <> c.expected then 'the record was changed after it was written'
           end as problem
      from chain c
)
select distinct on (b.tenant_id) b.tenant_id, b.seq, b.id, b.problem, b.records
  from broken b where b.problem is not null
 order by b.tenant_id, b.seq
$$;
alter function audit_verify() owner to tsunagu_audit_verifier;
revoke all on function audit_verify() from public;
grant execute on function audit_verify() to ${appRole};

--changeset tsunagu:audit-0001-audit-counts splitStatements:false
create function audit_counts() returns table (tenant_id uuid, records bigint)
    language sql stable security definer
    set search_path = public
    as $$ select a.tenant_id, count(*) from audit_record a group by a.tenant_id $$;
alter function audit_counts() owner to tsunagu_audit_verifier;
revoke all on function audit_counts() from public;
grant execute on function audit_counts() to ${appRole};

--changeset tsunagu:audit-0001-audit-verify-grants
grant select on audit_record to tsunagu_audit_verifier;
revoke create on schema public from tsunagu_audit_verifier;
