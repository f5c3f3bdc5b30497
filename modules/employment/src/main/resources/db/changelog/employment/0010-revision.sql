--liquibase formatted sql

--changeset tsunagu:employment-0010-revision
-- 随時改定: a determination after a change of fixed wages that moves the standard amount by two grades or more, in force
-- from the fourth month of the new pay.
alter table remuneration_determination drop constraint remuneration_determination_kind_check;
alter table remuneration_determination add constraint remuneration_determination_kind_check check (kind in ('ANNUAL', 'REVISION'));
