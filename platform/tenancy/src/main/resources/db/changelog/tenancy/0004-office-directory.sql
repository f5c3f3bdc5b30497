--liquibase formatted sql

--changeset tsunagu:tenancy-0004-office-directory
-- The public directory of offices (事業所番号 and names are public, published by the prefectures and WAM NET): which
-- tenant runs the office with a number, its name, prefecture, whether it is a consultation office (相談支援), and the
-- tenant's kind. It is how one tenant names another's office as the recipient of a consented provision (the sharing
-- module) without reading another tenant's rows: the app role may only read it; the triggers below keep it, as the
-- table owner, from the tenant's own writes to office and office_service. Row-level security is on and forced, with a
-- policy that shows every row: the table holds nothing that is not public.
create table office_directory (
    tenant_id      uuid        not null,
    office_id      uuid        not null,
    office_number  text        not null,
    name           text        not null,
    prefecture     text        not null,
    tenant_kind    text        not null,
    consultation   boolean     not null,
    updated_at     timestamptz not null default now(),
    primary key (tenant_id, office_id)
);
create index office_directory_number on office_directory (office_number);
alter table office_directory enable row level security;
alter table office_directory force row level security;
create policy public_directory on office_directory for select using (true);
create policy tenant_isolation on office_directory for all using (tenant_id = app_current_tenant())
    with check (tenant_id = app_current_tenant());
grant select on office_directory to ${appRole};

--changeset tsunagu:tenancy-0004-office-directory-upkeep splitStatements:false
-- Runs as the owner (security definer) within the writing tenant's transaction: it reads that tenant's office, its
-- services and the tenant's kind (row-level security shows the owner the same tenant) and writes the entry.
create function office_directory_refresh(p_tenant uuid, p_office uuid) returns void
    language plpgsql security definer set search_path = public
    as $$
begin
    delete from office_directory where tenant_id = p_tenant and office_id = p_office;
    insert into office_directory (tenant_id, office_id, office_number, name, prefecture, tenant_kind, consultation, updated_at)
    select o.tenant_id, o.id, o.office_number, o.name, o.prefecture, t.kind,
           exists (select 1 from office_service s where s.tenant_id = o.tenant_id and s.office_id = o.id
                                                  and s.service_type = 'CONSULTATION'), now()
      from office o join tenant t on t.tenant_id = o.tenant_id
     where o.tenant_id = p_tenant and o.id = p_office;
end
$$;

create function office_directory_on_office() returns trigger
    language plpgsql security definer set search_path = public
    as $$
begin
    if tg_op = 'DELETE' then
        delete from office_directory where tenant_id = old.tenant_id and office_id = old.id;
        return old;
    end if;
    perform office_directory_refresh(new.tenant_id, new.id);
    return new;
end
$$;

create function office_directory_on_service() returns trigger
    language plpgsql security definer set search_path = public
    as $$
begin
    if tg_op = 'DELETE' then
        perform office_directory_refresh(old.tenant_id, old.office_id);
        return old;
    end if;
    perform office_directory_refresh(new.tenant_id, new.office_id);
    return new;
end
$$;

create trigger office_directory_office after insert or update or delete on office
    for each row execute function office_directory_on_office();
create trigger office_directory_service after insert or update or delete on office_service
    for each row execute function office_directory_on_service();
revoke all on function office_directory_refresh(uuid, uuid) from public;
