-- Database roles of Tsunagu; run as a superuser on a server (the embedded database runs it at every start;
-- it only creates what is missing). tsunagu_owner owns the schema and runs the migrations; tsunagu_app is
-- what the application logs in as: it owns nothing and cannot bypass row-level security.
-- tsunagu_audit_verifier reads the audit trail past row-level security for the audit-verify command only:
-- it cannot log in, owns only the verification function, and the application role is not a member of it.
do $$
begin
    if not exists (select from pg_roles where rolname = 'tsunagu_owner') then
        create role tsunagu_owner login password :owner_password nosuperuser nocreatedb nocreaterole nobypassrls;
    end if;
    if not exists (select from pg_roles where rolname = 'tsunagu_app') then
        create role tsunagu_app login password :app_password nosuperuser nocreatedb nocreaterole nobypassrls noinherit;
    end if;
    if not exists (select from pg_roles where rolname = 'tsunagu_audit_verifier') then
        create role tsunagu_audit_verifier nologin nosuperuser nocreatedb nocreaterole bypassrls;
    end if;
    grant tsunagu_audit_verifier to tsunagu_owner;
end
$$;
