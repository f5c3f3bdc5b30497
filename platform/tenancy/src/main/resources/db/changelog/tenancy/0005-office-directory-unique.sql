--liquibase formatted sql

--changeset tsunagu:tenancy-0005-office-directory-tenant-name
-- The directory names the corporation (or municipality) beside the office, so the staff who name a recipient see whose
-- office it is; an office number is listed once across all tenants (事業所番号 are national: a second tenant cannot
-- take a number another already holds, which would make it the recipient of data meant for the real office).
alter table office_directory add column tenant_name text not null default '';
alter table office_directory alter column tenant_name drop default;

--changeset tsunagu:tenancy-0005-office-directory-refresh splitStatements:false
create or replace function office_directory_refresh(p_tenant uuid, p_office uuid) returns void
    language plpgsql security definer set search_path = public
    as $$
begin
    delete from office_directory where tenant_id = p_tenant and office_id = p_office;
    insert into office_directory (tenant_id, office_id, office_number, name, prefecture, tenant_kind, tenant_name, consultation, updated_at)
    select o.tenant_id, o.id, o.office_number, o.name, o.prefecture, t.kind, t.name,
           exists (select 1 from office_service s where s.tenant_id = o.tenant_id and s.office_id = o.id
                                                  and s.service_type = 'CONSULTATION'), now()
      from office o join tenant t on t.tenant_id = o.tenant_id
     where o.tenant_id = p_tenant and o.id = p_office;
end
$$;

create function office_directory_on_tenant() returns trigger
    language plpgsql security definer set search_path = public
    as $$
begin
    update office_directory set tenant_kind = new.kind, tenant_name = new.name, updated_at = now() where tenant_id = new.tenant_id;
    return new;
end
$$;

create trigger office_directory_tenant after update of kind, name on tenant
    for each row execute function office_directory_on_tenant();

--changeset tsunagu:tenancy-0005-office-directory-backfill splitStatements:false
-- The offices that existed before the directory: read past row-level security for this one statement (the owner lifts
-- FORCE on the four tables and puts it back in the same transaction).
alter table tenant no force row level security;
alter table office no force row level security;
alter table office_service no force row level security;
alter table office_directory no force row level security;
do $$
declare
    r record;
begin
    for r in select o.tenant_id, o.id from office o
             where not exists (select 1 from office_directory d where d.tenant_id = o.tenant_id and d.office_id = o.id) loop
        perform office_directory_refresh(r.tenant_id, r.id);
    end loop;
end
$$;
alter table tenant force row level security;
alter table office force row level security;
alter table office_service force row level security;
alter table office_directory force row level security;

--changeset tsunagu:tenancy-0005-office-directory-number-unique
create unique index office_directory_number_unique on office_directory (office_number);
