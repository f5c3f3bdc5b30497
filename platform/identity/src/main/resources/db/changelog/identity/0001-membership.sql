--liquibase formatted sql

--changeset tsunagu:identity-0001-membership
-- A user's membership in a tenant. The username is Keycloak's preferred_username, lower-cased; the realm
-- forbids editing usernames, so it is stable. The membership, not the token, decides what a user sees.
create table membership (
    tenant_id   uuid        not null references tenant (tenant_id),
    id          uuid        not null,
    username    text        not null check (username = lower(username) and length(username) between 1 and 255),
    all_offices boolean     not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, username)
);
create index membership_by_username on membership (username);

create table membership_office (
    tenant_id     uuid not null default app_current_tenant(),
    membership_id uuid not null,
    office_id     uuid not null,
    primary key (tenant_id, membership_id, office_id),
    foreign key (tenant_id, membership_id) references membership (tenant_id, id) on delete cascade,
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);

create table membership_role (
    tenant_id     uuid not null default app_current_tenant(),
    membership_id uuid not null,
    role          text not null,
    primary key (tenant_id, membership_id, role),
    foreign key (tenant_id, membership_id) references membership (tenant_id, id) on delete cascade
);

--changeset tsunagu:identity-0001-membership-rls
select tsunagu_protect('membership', '${appRole}');
select tsunagu_protect('membership_office', '${appRole}');
select tsunagu_protect('membership_role', '${appRole}');

--changeset tsunagu:identity-0001-membership-lookup splitStatements:false
-- Before a tenant is chosen the request must read the user's own memberships in every tenant. Instead of a
-- role that bypasses RLS, a read-only policy shows the rows of exactly the user named by the transaction-
-- local setting app.username (set from the verified token), and nothing else.
create function app_current_username() returns text
    language sql stable parallel safe
    as $$ select nullif(current_setting('app.username', true), '') $$;

--changeset tsunagu:identity-0001-membership-lookup-policies
grant execute on function app_current_username() to ${appRole};
create policy member_lookup on membership for select using (username = app_current_username());
create policy member_lookup on membership_office for select using (exists (
    select 1 from membership m
     where m.tenant_id = membership_office.tenant_id and m.id = membership_office.membership_id
       and m.username = app_current_username()));
create policy member_lookup on membership_role for select using (exists (
    select 1 from membership m
     where m.tenant_id = membership_role.tenant_id and m.id = membership_role.membership_id
       and m.username = app_current_username()));
create policy member_lookup on tenant for select using (exists (
    select 1 from membership m where m.tenant_id = tenant.tenant_id and m.username = app_current_username()));
