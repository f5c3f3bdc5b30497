--liquibase formatted sql

--changeset tsunagu:identity-0002-membership-lookup-function splitStatements:false
-- The lookup of a user's memberships in every tenant, made on every authenticated request, in one statement: it
-- clears the tenant and names the user for its own transaction only (the caller runs it outside any transaction, so
-- that transaction is the statement's), then reads through the member_lookup policies as before. Security invoker:
-- row-level security applies to the application role exactly as it did to the two statements this replaces.
create function app_memberships_of(p_username text)
    returns table (tenant_id uuid, name text, kind text, all_offices boolean, mfa_required boolean, roles text[],
                   offices uuid[])
    language plpgsql volatile security invoker
    as $$
#variable_conflict use_column
begin
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

--changeset tsunagu:identity-0002-membership-lookup-function-grant
grant execute on function app_memberships_of(text) to ${appRole};
