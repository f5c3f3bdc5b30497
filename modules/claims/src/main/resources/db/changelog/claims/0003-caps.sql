--liquibase formatted sql

--changeset tsunagu:claims-0003-cap-management
-- 利用者負担上限額管理 (current-rules.md): the municipality names on the recipient certificate the office that manages a
-- person's monthly cap when the person uses several offices. Recorded per office and person from a month on (to a
-- month, or open): which office manages (this office or another, by its 10-digit number).
create table claim_cap_management (
    tenant_id         uuid        not null,
    id                uuid        not null,
    office_id         uuid        not null,
    person_id         uuid        not null,
    managing_office   text        not null check (managing_office ~ '^[0-9A-Z]{10}$'),
    from_month        date        not null check (extract(day from from_month) = 1),
    to_month          date        check (extract(day from to_month) = 1),
    created_at        timestamptz not null,
    created_by        text        not null,
    version           bigint      not null default 0,
    primary key (tenant_id, id),
    check (to_month is null or to_month >= from_month),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);
create index claim_cap_management_person on claim_cap_management (tenant_id, office_id, person_id);

--changeset tsunagu:claims-0003-cap-management-rls
select tsunagu_protect('claim_cap_management', '${appRole}');

--changeset tsunagu:claims-0003-cap-result
-- The month's result of the management. At the managing office: the other offices' charges before management (from
-- their 利用者負担額一覧表), in the order of allocation; the result is computed with the month's claim. At another
-- office: the result (1, 2, 3) and this office's amount, as the managing office's 上限額管理結果票 gives them.
create table claim_cap_result (
    tenant_id      uuid        not null,
    id             uuid        not null,
    office_id      uuid        not null,
    person_id      uuid        not null,
    month          date        not null check (extract(day from month) = 1),
    result         smallint    check (result between 1 and 3),
    result_amount  bigint      check (result_amount between 0 and 99999),
    others         jsonb       not null default '[]',
    created_at     timestamptz not null,
    created_by     text        not null,
    version        bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, person_id, month),
    check ((result is null) = (result_amount is null)),
    check (result is distinct from 1 or result_amount is not null),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);

--changeset tsunagu:claims-0003-cap-result-rls
select tsunagu_protect('claim_cap_result', '${appRole}');

--changeset tsunagu:claims-0003-cap-locked splitStatements:false
-- A claimed month's management is final like the rest of its inputs (claims 0002): a result of a claimed month, or a
-- registration whose months reach into one that billed the person, is not changed (a change is a re-claim, 過誤申立); a
-- registration may still be ended after its last claimed month.
create function claim_cap_locked() returns trigger
    language plpgsql
    as $$
declare
    claimed date;
    r record;
begin
    r := case when tg_op = 'DELETE' then old else new end;
    if tg_table_name = 'claim_cap_result' then -- the month it is in, and on an update the month it was in
        select max(m.month) into claimed from claim_month m
         where m.tenant_id = r.tenant_id and m.office_id = r.office_id
           and (m.month = r.month or (tg_op = 'UPDATE' and m.month = old.month));
    else
        -- a registration: the claimed months whose coverage changes, and only those whose claim billed the person (a
        -- registration of someone the claim did not bill changes nothing it sent); ending one after them is allowed
        select max(m.month) into claimed from claim_month m
         where m.tenant_id = r.tenant_id and m.office_id = r.office_id
           and exists (select 1 from jsonb_array_elements(m.content -> 'persons') p
                        where p ->> 'personId' in (r.person_id::text, case when tg_op = 'UPDATE' then old.person_id::text end))
           and case tg_op
                 when 'UPDATE' then
                   (m.month >= old.from_month and (old.to_month is null or m.month <= old.to_month))
                     is distinct from (m.month >= new.from_month and (new.to_month is null or m.month <= new.to_month))
                   or ((old.managing_office, old.person_id) is distinct from (new.managing_office, new.person_id)
                       and ((m.month >= old.from_month and (old.to_month is null or m.month <= old.to_month))
                         or (m.month >= new.from_month and (new.to_month is null or m.month <= new.to_month))))
                 else m.month >= r.from_month and (r.to_month is null or m.month <= r.to_month)
               end;
    end if;
    if claimed is not null then
        raise exception 'the claim of % is closed: a change to its upper-limit management is a re-claim (過誤申立)', to_char(claimed, 'YYYY-MM')
            using errcode = 'check_violation';
    end if;
    return r;
end
$$;
create trigger claim_cap_result_locked before insert or update or delete on claim_cap_result
    for each row execute function claim_cap_locked();
create trigger claim_cap_management_locked before insert or update or delete on claim_cap_management
    for each row execute function claim_cap_locked();
