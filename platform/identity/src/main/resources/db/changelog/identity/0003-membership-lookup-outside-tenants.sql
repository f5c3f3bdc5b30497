--liquibase formatted sql

--changeset tsunagu:identity-0003-membership-lookup-outside-tenants splitStatements:false
-- The lookup refuses to run inside a tenant's transaction: it clears the tenant for its transaction, which there would
-- unbind the caller's (identity-0002 is applied as it was; a changeset once applied is never edited, so the function
-- is replaced here, its body otherwise unchanged; the grant stays with the function).
create or replace function app_memberships_of(p_username text)
    returns table (tenant_id uuid, name text, kind text, all_offices boolean, mfa_required boolean, roles text[],
                   offices uuid[])
    language plpgsql volatile security invoker
    as $$
#variable_conflict use_column
begin
    if app_current_tenant() is not null then
        -- inside a tenant's transaction: clearing the tenant would unbind the caller's
        raise exception 'app_memberships_of runs outside any tenant''s transaction' using errcode = '25001';
    end if;
    perform set_config('app.tenant_id', '', true);
    perform set_config('app.username', coalesce(p_username, ''), true);
    return query
        select m.tenant_id, t.name, t.kind, m.all_offices, t.mfa_required,
               array(select r.role from membership_role r
                      where r.tenant_id = m.tenant_id and r.membership_id = m.id),
               array(select o.office_id from membership_office o
                      where o.tenant_id = m.tenant_id and o.membership_id = m.id)
          from membership m
          join tenant t on t.tenant_id = m.tenant_id
         where m.username = p_username
         order by t.name;
end
$$;
