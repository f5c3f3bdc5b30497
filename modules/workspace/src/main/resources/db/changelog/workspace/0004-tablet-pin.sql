--liquibase formatted sql

--changeset tsunagu:workspace-0004-tablet-pin
-- An optional PIN a person types on the office tablet before checking in or out (kept as a BCrypt hash).
create table tablet_pin (
    tenant_id  uuid        not null,
    office_id  uuid        not null,
    person_id  uuid        not null,
    pin_hash   text        not null,
    set_at     timestamptz not null,
    set_by     text        not null,
    primary key (tenant_id, office_id, person_id),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);
select tsunagu_protect('tablet_pin', '${appRole}');
