--liquibase formatted sql

--changeset tsunagu:wages-0008-production-entry-correction
-- A correction of a closed month (訂正): an entry of an open month that names the closed month it corrects (before its
-- own month), optionally the entry of that month it corrects, and why (required). Its amount is signed: a negative one
-- reduces the revenue or expense of its category in the month it is entered in; an ordinary entry stays above 0, and
-- no entry is 0. The closed month's figures never change: the correction counts in its own month.
alter table production_entry
    add column corrects_month    date check (extract(day from corrects_month) = 1),
    add column corrects_entry_id uuid,
    add column reason            text check (length(reason) between 1 and 500);
alter table production_entry drop constraint production_entry_amount_check;
alter table production_entry
    add constraint production_entry_amount_check check (amount > 0 or (corrects_month is not null and amount <> 0)),
    add constraint production_entry_correction_check check ((corrects_month is null and corrects_entry_id is null and reason is null)
                                                            or (corrects_month is not null and reason is not null)),
    add constraint production_entry_corrects_earlier check (corrects_month < entry_month),
    add constraint production_entry_corrects_entry foreign key (tenant_id, corrects_entry_id) references production_entry (tenant_id, id);

--changeset tsunagu:wages-0008-production-entry-correction-closed splitStatements:false
-- A correction corrects a closed month (an open month is simply entered or changed), and the entry it names is one of
-- that month at the same office. Checked by the service naming the field; refused here underneath. A closed month stays
-- closed (its run is final), so no lock is needed to read it.
create function production_entry_correction_valid() returns trigger
    language plpgsql
    as $$
begin
    if new.corrects_month is null then
        return new;
    end if;
    if not exists (select 1 from wages_run r
                   where r.tenant_id = new.tenant_id and r.office_id = new.office_id and r.run_month = new.corrects_month) then
        raise exception 'a correction corrects a closed month: % is open, enter it there', to_char(new.corrects_month, 'YYYY-MM')
            using errcode = 'check_violation';
    end if;
    if new.corrects_entry_id is not null and not exists (
            select 1 from production_entry c
            where c.tenant_id = new.tenant_id and c.id = new.corrects_entry_id and c.office_id = new.office_id
              and c.entry_month = new.corrects_month) then
        raise exception 'the corrected entry is not one of % at this office', to_char(new.corrects_month, 'YYYY-MM')
            using errcode = 'check_violation';
    end if;
    return new;
end
$$;
create trigger production_entry_correction_valid before insert or update on production_entry
    for each row execute function production_entry_correction_valid();
