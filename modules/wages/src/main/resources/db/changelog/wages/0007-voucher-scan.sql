--liquibase formatted sql

--changeset tsunagu:wages-0007-voucher-scan
-- The scanned voucher (証憑) of a ledger entry: a PDF or an image, at most 5 MB, kept with the entry (one per entry; a
-- new scan replaces the old one while the month is open). Its SHA-256 lets an auditor check that the file is the one
-- stored. Locked with the month like the entry.
create table production_entry_scan (
    tenant_id     uuid        not null,
    id            uuid        not null,
    office_id     uuid        not null,
    entry_id      uuid        not null,
    entry_month   date        not null check (extract(day from entry_month) = 1),
    filename      text        not null check (length(filename) between 1 and 200),
    content_type  text        not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes    integer     not null check (size_bytes between 1 and 5242880),
    sha256        text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content       bytea       not null,
    created_at    timestamptz not null,
    created_by    text        not null,
    version       bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, entry_id),
    check (octet_length(content) = size_bytes),
    foreign key (tenant_id, entry_id) references production_entry (tenant_id, id),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);

--changeset tsunagu:wages-0007-voucher-scan-rls
select tsunagu_protect('production_entry_scan', '${appRole}');

--changeset tsunagu:wages-0007-voucher-scan-locked splitStatements:false
create function production_entry_scan_month_locked() returns trigger
    language plpgsql
    as $$
declare
    s production_entry_scan;
begin
    s := case when tg_op = 'DELETE' then old else new end;
    if exists (select 1 from wages_run r
               where r.tenant_id = s.tenant_id and r.office_id = s.office_id and r.run_month = s.entry_month) then
        raise exception 'the ledger of % is closed: its vouchers cannot change', to_char(s.entry_month, 'YYYY-MM')
            using errcode = 'check_violation';
    end if;
    return s;
end
$$;
create trigger production_entry_scan_month_locked before insert or update or delete on production_entry_scan
    for each row execute function production_entry_scan_month_locked();
