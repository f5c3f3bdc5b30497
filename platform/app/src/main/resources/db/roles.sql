-- Database roles of Tsunagu; run once as a superuser on a new server (the embedded database does it itself).
-- tsunagu_owner owns the schema and runs the migrations; tsunagu_app is what the application logs in as:
-- it owns nothing and cannot bypass row-level security.
create role tsunagu_owner login password :owner_password nosuperuser nocreatedb nocreaterole nobypassrls;
create role tsunagu_app login password :app_password nosuperuser nocreatedb nocreaterole nobypassrls noinherit;
