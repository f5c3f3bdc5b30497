--liquibase formatted sql

--changeset tsunagu:wages-0010-set-aside splitStatements:false
-- A set-aside (積立) to the 工賃 or the equipment reserve, decided at the fiscal year's end (the board's resolution, kept
-- as the entry's reason) and held back by the run of the year's last month (March) before the rest is shared: SET_ASIDE,
-- naming that month, once per reserve and year. The run keeps the total held back, and pays no more than the pool plus
-- the reserve used less what it set aside.
do $$
declare
    c record;
begin
    for c in select conname from pg_constraint
              where contype = 'c' and conrelid = 'kouchin_reserve_entry'::regclass
                and (pg_get_constraintdef(oid) like '%''OPENING''%''USE''%'
                     or pg_get_constraintdef(oid) like '%(kind = ''USE''::text) = (run_month IS NOT NULL)%') loop
        execute format('alter table kouchin_reserve_entry drop constraint %I', c.conname);
    end loop;
end
$$;
alter table kouchin_reserve_entry add constraint kouchin_reserve_entry_kind check (kind in ('OPENING', 'USE', 'SET_ASIDE'));
alter table kouchin_reserve_entry add constraint kouchin_reserve_entry_run_month check ((kind in ('USE', 'SET_ASIDE')) = (run_month is not null));
create unique index kouchin_reserve_set_aside on kouchin_reserve_entry (tenant_id, office_id, reserve, run_month) where kind = 'SET_ASIDE';
alter table wages_run add column set_aside bigint not null default 0 check (set_aside >= 0);
alter table wages_run add constraint wages_run_within_pool check (total_paid <= revenue - expenses + reserve_used - set_aside);
