--liquibase formatted sql

--changeset tsunagu:workspace-0002-service-record
-- サービス提供記録: one person's day of service at an office: group, area and content, check-in and check-out
-- as entered, the times after the office's rounding, break, transport, meal, and the minutes of service.
-- exceeds_amount flags a day beyond the benefit decision's amount for the month (WS-7).
create table service_record (
    tenant_id       uuid        not null,
    id              uuid        not null,
    office_id       uuid        not null,
    person_id       uuid        not null,
    service_date    date        not null,
    service_type    text        not null,
    group_id        uuid        not null,
    area_id         uuid,
    content_id      uuid,
    check_in        time        not null,
    check_out       time        check (check_out > check_in),
    rounded_start   time        not null,
    rounded_end     time,
    break_minutes   integer     not null default 0 check (break_minutes >= 0),
    minutes         integer     check (minutes >= 0),
    transport_to    boolean     not null default false,
    transport_from  boolean     not null default false,
    meal            boolean     not null default false,
    exceeds_amount  boolean     not null default false,
    rounding        text        not null,
    recorded_at     timestamptz not null,
    recorded_by     text        not null,
    version         bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, office_id, person_id, service_date),
    foreign key (tenant_id, office_id) references office (tenant_id, id),
    foreign key (tenant_id, person_id) references person (tenant_id, id),
    foreign key (tenant_id, group_id) references work_group (tenant_id, id)
);
create index service_record_day on service_record (tenant_id, office_id, service_date);

--changeset tsunagu:workspace-0002-service-record-rls
select tsunagu_protect('service_record', '${appRole}');
