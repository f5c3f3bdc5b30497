--liquibase formatted sql

--changeset tsunagu:employment-0009-payroll-transfer
-- The account an employed user's pay is transferred into (全銀 給与振込), kept as the file carries it (half-width
-- katakana names, zero-filled number) beside the holder's name as typed: one per user and office.
create table payroll_bank_account (
    tenant_id            uuid        not null,
    id                   uuid        not null,
    office_id            uuid        not null,
    person_id            uuid        not null,
    bank_code            text        not null check (bank_code ~ '^[0-9]{4}$'),
    bank_name_kana       text        check (length(bank_name_kana) <= 15),
    branch_code          text        not null check (branch_code ~ '^[0-9]{3}$'),
    branch_name_kana     text        check (length(branch_name_kana) <= 15),
    account_type         text        not null check (account_type in ('ORDINARY', 'CURRENT', 'SAVINGS')),
    account_number       text        not null check (account_number ~ '^[0-9]{7}$'),
    holder_name_kana     text        not null check (length(holder_name_kana) between 1 and 30),
    holder_name_entered  text        check (length(holder_name_entered) <= 100),
    created_at           timestamptz not null,
    created_by           text        not null,
    version              bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, person_id),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);

-- 振込依頼人 of the office's payroll transfers: the 委託者コード its bank gave it, its name in kana, and the ordinary or
-- current account the pay is transferred from; one per office.
create table payroll_transfer_requester (
    tenant_id         uuid        not null,
    id                uuid        not null,
    office_id         uuid        not null,
    code              text        not null check (code ~ '^[0-9]{10}$'),
    name_kana         text        not null check (length(name_kana) between 1 and 40),
    name_entered      text        check (length(name_entered) <= 100),
    bank_code         text        not null check (bank_code ~ '^[0-9]{4}$'),
    bank_name_kana    text        check (length(bank_name_kana) <= 15),
    branch_code       text        not null check (branch_code ~ '^[0-9]{3}$'),
    branch_name_kana  text        check (length(branch_name_kana) <= 15),
    account_type      text        not null check (account_type in ('ORDINARY', 'CURRENT')),
    account_number    text        not null check (account_number ~ '^[0-9]{7}$'),
    created_at        timestamptz not null,
    created_by        text        not null,
    version           bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);

--changeset tsunagu:employment-0009-payroll-transfer-rls
select tsunagu_protect('payroll_bank_account', '${appRole}');
select tsunagu_protect('payroll_transfer_requester', '${appRole}');
