--liquibase formatted sql

--changeset tsunagu:tenancy-0000-current-tenant splitStatements:false
-- The tenant of the current transaction; NULL when none is set ('' after a transaction-local setting on a
-- pooled connection is never a tenant). Policies compare tenant_id with it, so no tenant means no rows.
create function app_current_tenant() returns uuid
    language sql stable parallel safe
    as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

--changeset tsunagu:tenancy-0000-bind-tenant splitStatements:false
-- Binds (or clears) the tenant for the current transaction only; called at the start of every transaction.
create function app_bind_tenant(p_tenant text) returns text
    language sql volatile
    as $$ select set_config('app.tenant_id', coalesce(p_tenant, ''), true) $$;

--changeset tsunagu:tenancy-0000-protect splitStatements:false
-- The one helper every tenant-owned table goes through: RLS enabled and forced, the isolation policy for
-- reads and writes, and the application role's grants. A table cannot be created half-protected.
create function tsunagu_protect(p_table regclass, p_app_role name) returns void
    language plpgsql
    as $$
begin
    execute format('alter table %s enable row level security', p_table);
    execute format('alter table %s force row level security', p_table);
    execute format('create policy tenant_isolation on %s using (tenant_id = app_current_tenant()) '
                   || 'with check (tenant_id = app_current_tenant())', p_table);
    execute format('grant select, insert, update, delete on %s to %I', p_table, p_app_role);
end
$$;

--changeset tsunagu:tenancy-0000-grants
revoke all on function tsunagu_protect(regclass, name) from public;
grant execute on function app_current_tenant() to ${appRole};
grant execute on function app_bind_tenant(text) to ${appRole};
