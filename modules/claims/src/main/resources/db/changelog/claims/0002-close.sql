--liquibase formatted sql

--changeset tsunagu:claims-0002-month
-- A month's claim of an office for a service type, closed once: the figures and the whole claim as computed (persons,
-- lines, trails) kept as sent. One per (tenant, office, service type, month): a second close, concurrent or retried,
-- finds this row and changes nothing.
create table claim_month (
    tenant_id     uuid        not null,
    id            uuid        not null,
    office_id     uuid        not null,
    service_type  text        not null,
    month         date        not null check (extract(day from month) = 1),
    persons       integer     not null check (persons >= 0),
    units         bigint      not null check (units >= 0),
    cost          bigint      not null check (cost >= 0),
    charge        bigint      not null check (charge >= 0),
    benefit       bigint      not null check (benefit >= 0),
    content       jsonb       not null,
    created_at    timestamptz not null,
    created_by    text        not null,
    version       bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, service_type, month),
    check (benefit = cost - charge),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);

--changeset tsunagu:claims-0002-month-rls
select tsunagu_protect('claim_month', '${appRole}');

--changeset tsunagu:claims-0002-month-locked splitStatements:false
-- A closed claim is final (a change is a re-claim, 過誤申立, recorded as such), and it locks its inputs: no claim
-- profile version or accepted addition may take effect in a claimed month, and the month's service records of the
-- service type are no longer changed, not even by a correction after the workspace's close.
create function claim_month_final() returns trigger
    language plpgsql
    as $$
begin
    raise exception 'a closed claim is final: a change is a re-claim (過誤申立)' using errcode = 'check_violation';
end
$$;
create trigger claim_month_final before update or delete on claim_month
    for each row execute function claim_month_final();

create function claim_inputs_locked() returns trigger
    language plpgsql
    as $$
declare
    claimed date;
begin
    if tg_table_name = 'claim_profile' then
        select max(m.month) into claimed from claim_month m
         where m.tenant_id = new.tenant_id and m.office_id = new.office_id and m.service_type = new.service_type
           and m.month >= new.effective_month;
    elsif tg_table_name = 'claim_addition' then
        select max(m.month) into claimed from claim_month m
         where m.tenant_id = new.tenant_id and m.office_id = new.office_id and m.service_type = new.service_type
           and m.month >= new.counts_from;
    end if;
    if claimed is not null then
        raise exception 'the claim of % is closed: a change taking effect in it is a re-claim (過誤申立)', to_char(claimed, 'YYYY-MM')
            using errcode = 'check_violation';
    end if;
    return new;
end
$$;
create trigger claim_profile_locked before insert or update on claim_profile
    for each row execute function claim_inputs_locked();
create trigger claim_addition_locked before insert or update on claim_addition
    for each row execute function claim_inputs_locked();

create function service_record_claimed() returns trigger
    language plpgsql
    as $$
declare
    r service_record;
begin
    r := case when tg_op = 'DELETE' then old else new end;
    if exists (select 1 from claim_month m
               where m.tenant_id = r.tenant_id and m.office_id = r.office_id and m.service_type = r.service_type
                 and m.month = date_trunc('month', r.service_date)::date) then
        raise exception 'the records of % are claimed: a change is a re-claim (過誤申立)', to_char(r.service_date, 'YYYY-MM')
            using errcode = 'check_violation';
    end if;
    return r;
end
$$;
create trigger service_record_claimed before insert or update or delete on service_record
    for each row execute function service_record_claimed();
