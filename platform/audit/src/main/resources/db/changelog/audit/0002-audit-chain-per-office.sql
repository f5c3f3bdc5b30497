--liquibase formatted sql

--changeset tsunagu:audit-0002-chain-per-office
-- One hash chain per office, and one per tenant for records about no office, instead of one per tenant. Appending
-- holds the chain's lock until commit; with one chain per tenant every audited request of a tenant waited for the
-- one before it, so a large tenant's offices served their users one at a time (at the morning rush, half of the
-- connections were waiting for that lock). chain: the office whose chain the record is in, or null for the tenant's
-- chain, which also holds every record written before this change. Sequence numbers count within a chain.
alter table audit_record add column chain uuid;
alter table audit_record drop constraint audit_record_pkey;
alter table audit_record drop constraint audit_record_tenant_id_id_key;
alter table audit_record add primary key (tenant_id, id);
create unique index audit_record_chain_seq on audit_record (tenant_id, chain, seq) nulls not distinct;

--changeset tsunagu:audit-0002-chain-trigger splitStatements:false
create or replace function audit_record_chain() returns trigger
    language plpgsql
    as $$
declare
    last_seq  bigint;
    last_hash text;
begin
    new.chain := new.office_id;
    perform pg_advisory_xact_lock(hashtextextended('audit_record:' || new.tenant_id::text || coalesce(':' || new.chain::text, ''), 0));
    if new.chain is null then
        select seq, hash into last_seq, last_hash
          from audit_record where tenant_id = new.tenant_id and chain is null order by seq desc limit 1;
    else
        select seq, hash into last_seq, last_hash
          from audit_record where tenant_id = new.tenant_id and chain = new.chain order by seq desc limit 1;
    end if;
    new.seq := coalesce(last_seq, 0) + 1;
    new.prev_hash := coalesce(last_hash, repeat('0', 64));
    new.hash := audit_hash(new.prev_hash, new.tenant_id, new.seq, new.id, new.occurred_at, new.username,
                           new.office_id, new.subject_person_id, new.action, new.resource, new.resource_id,
                           new.request_id, new.outcome, new.purpose, new.details);
    return new;
end
$$;

--changeset tsunagu:audit-0002-chain-verify splitStatements:false
-- As before, per chain: the first broken record of each tenant with a broken chain (by time), and the tenant's records.
create or replace function audit_verify() returns table (tenant_id uuid, seq bigint, id uuid, problem text, records bigint)
    language sql stable security definer
    set search_path = public
    as $$
with chain as (
    select a.tenant_id, a.seq, a.id, a.hash, a.prev_hash, a.occurred_at,
           lag(a.hash) over (partition by a.tenant_id, a.chain order by a.seq) as previous_hash,
           lag(a.seq) over (partition by a.tenant_id, a.chain order by a.seq) as previous_seq,
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
 order by b.tenant_id, b.occurred_at, b.seq
$$;
