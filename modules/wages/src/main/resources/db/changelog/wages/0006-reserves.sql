--liquibase formatted sql

--changeset tsunagu:wages-0006-reserve-entry
-- 工賃変動積立金 (KOUCHIN_FLUCTUATION) and 設備等整備積立金 (EQUIPMENT) of an office: the balance carried in when the office
-- starts with Tsunagu (OPENING, once per reserve, with its evidence: the board's resolution and the accounts), and each
-- use of the 工賃 reserve by a closed run (USE, naming the run's month). The balance is the sum; it never goes below 0.
create table kouchin_reserve_entry (
    tenant_id   uuid        not null,
    id          uuid        not null,
    office_id   uuid        not null,
    reserve     text        not null check (reserve in ('KOUCHIN_FLUCTUATION', 'EQUIPMENT')),
    kind        text        not null check (kind in ('OPENING', 'USE')),
    amount      bigint      not null check (amount > 0),
    run_month   date        check (extract(day from run_month) = 1),
    reason      text        not null check (length(reason) between 1 and 500),
    created_at  timestamptz not null,
    created_by  text        not null,
    version     bigint      not null default 0,
    primary key (tenant_id, id),
    check ((kind = 'USE') = (run_month is not null)),
    check (kind <> 'USE' or reserve = 'KOUCHIN_FLUCTUATION'),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);
create unique index kouchin_reserve_opening on kouchin_reserve_entry (tenant_id, office_id, reserve) where kind = 'OPENING';
create unique index kouchin_reserve_use on kouchin_reserve_entry (tenant_id, office_id, run_month) where kind = 'USE';

--changeset tsunagu:wages-0006-reserve-entry-rls
select tsunagu_protect('kouchin_reserve_entry', '${appRole}');
