--liquibase formatted sql

--changeset tsunagu:app-0003-event-handled
-- Which event publications a listener has handled, written in the listener's own transaction (EventsHandledOnce).
-- Modulith marks a publication completed after the listener's transaction has committed, in a transaction of its
-- own: an instance killed between the two leaves a publication that is delivered again. Its row here makes the
-- second delivery a no-op. Not tenant-owned, like event_publication; its rows are deleted with their publications by
-- the maintenance run (no foreign key: both stay on a Citus coordinator, where such keys are not kept).
create table event_handled (
    publication_id uuid        not null primary key,
    handled_at     timestamptz not null default now()
);
grant select, insert, delete on event_handled to ${appRole};
