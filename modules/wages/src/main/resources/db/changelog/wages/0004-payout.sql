--liquibase formatted sql

--changeset tsunagu:wages-0004-payment-method
-- How a user's 工賃 are paid, by effective month (the latest version on or before a month applies): into a bank account
-- by a 全銀 総合振込 file, or in cash against a receipt (受領書). An account is kept as the file carries it (half-width
-- katakana names, codes and a zero-filled number: ZenginText converted and checked it) beside the names as typed.
create table payment_method (
    tenant_id            uuid        not null,
    id                   uuid        not null,
    office_id            uuid        not null,
    person_id            uuid        not null,
    effective_month      date        not null check (extract(day from effective_month) = 1),
    method               text        not null check (method in ('BANK_TRANSFER', 'CASH')),
    bank_code            text        check (bank_code ~ '^[0-9]{4}$'),
    bank_name_kana       text        check (length(bank_name_kana) <= 15),
    bank_name_entered    text        check (length(bank_name_entered) <= 100),
    branch_code          text        check (branch_code ~ '^[0-9]{3}$'),
    branch_name_kana     text        check (length(branch_name_kana) <= 15),
    branch_name_entered  text        check (length(branch_name_entered) <= 100),
    account_type         text        check (account_type in ('ORDINARY', 'CURRENT', 'SAVINGS')),
    account_number       text        check (account_number ~ '^[0-9]{7}$'),
    holder_name_kana     text        check (length(holder_name_kana) between 1 and 30),
    holder_name_entered  text        check (length(holder_name_entered) <= 100),
    created_at           timestamptz not null,
    created_by           text        not null,
    version              bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, person_id, effective_month),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id),
    -- a transfer needs the whole account; cash keeps none
    check (method <> 'BANK_TRANSFER' or (bank_code is not null and branch_code is not null and account_type is not null
                                         and account_number is not null and holder_name_kana is not null)),
    check (method <> 'CASH' or (bank_code is null and bank_name_kana is null and branch_code is null and branch_name_kana is null
                                and account_type is null and account_number is null and holder_name_kana is null))
);

--changeset tsunagu:wages-0004-payment-method-rls
select tsunagu_protect('payment_method', '${appRole}');

--changeset tsunagu:wages-0004-bank-requester
-- 振込依頼人: the office as its bank knows it for 総合振込 (委託者コード, name in kana) and the account paid from
-- (ordinary or current: the header takes no savings account). One per office.
create table bank_requester (
    tenant_id            uuid        not null,
    id                   uuid        not null,
    office_id            uuid        not null,
    code                 text        not null check (code ~ '^[0-9]{10}$'),
    name_kana            text        not null check (length(name_kana) between 1 and 40),
    name_entered         text        not null check (length(name_entered) <= 100),
    bank_code            text        not null check (bank_code ~ '^[0-9]{4}$'),
    bank_name_kana       text        check (length(bank_name_kana) <= 15),
    bank_name_entered    text        check (length(bank_name_entered) <= 100),
    branch_code          text        not null check (branch_code ~ '^[0-9]{3}$'),
    branch_name_kana     text        check (length(branch_name_kana) <= 15),
    branch_name_entered  text        check (length(branch_name_entered) <= 100),
    account_type         text        not null check (account_type in ('ORDINARY', 'CURRENT')),
    account_number       text        not null check (account_number ~ '^[0-9]{7}$'),
    created_at           timestamptz not null,
    created_by           text        not null,
    version              bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id),
    foreign key (tenant_id, office_id) references office (tenant_id, id)
);

--changeset tsunagu:wages-0004-bank-requester-rls
select tsunagu_protect('bank_requester', '${appRole}');

--changeset tsunagu:wages-0004-cash-receipt
-- 受領書: a user's receipt of the month's 工賃 in cash, signed on the tablet (the drawn signature, a PNG data URL) or on
-- paper (kept by the office; the staff member records the day), one per user and closed month, with the amount as the
-- closed run paid it. Kept with the month: the foreign key to the closed run means a receipt exists only for a closed
-- month.
create table cash_receipt (
    tenant_id    uuid        not null,
    id           uuid        not null,
    office_id    uuid        not null,
    person_id    uuid        not null,
    run_month    date        not null check (extract(day from run_month) = 1),
    amount       bigint      not null check (amount >= 1),
    method       text        not null check (method in ('TABLET', 'PAPER')),
    signature    text        check (length(signature) <= 200000),
    received_on  date        not null check (received_on >= run_month),
    recorded_at  timestamptz not null,
    recorded_by  text        not null,
    version      bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, person_id, run_month),
    foreign key (tenant_id, office_id, run_month) references wages_run (tenant_id, office_id, run_month),
    foreign key (tenant_id, person_id) references person (tenant_id, id),
    check (method <> 'TABLET' or signature is not null),
    check (method <> 'PAPER' or signature is null)
);

--changeset tsunagu:wages-0004-cash-receipt-rls
select tsunagu_protect('cash_receipt', '${appRole}');

--changeset tsunagu:wages-0004-cash-receipt-final splitStatements:false
-- A receipt is kept as it was signed: no change, no removal.
create function cash_receipt_final() returns trigger
    language plpgsql
    as $$
begin
    raise exception 'a cash receipt (受領書) is kept as signed: it cannot be changed or removed'
        using errcode = 'check_violation';
end
$$;
create trigger cash_receipt_final before update or delete on cash_receipt
    for each row execute function cash_receipt_final();
