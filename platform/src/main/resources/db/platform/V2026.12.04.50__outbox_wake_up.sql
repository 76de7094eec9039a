-- The relay is woken as soon as an event commits: a NOTIFY sent in the inserting transaction is delivered
-- on commit only (and dropped on rollback), once per transaction however many events it wrote.
-- The relay's poll stays as the fallback for a lost listening connection.
create function outbox_committed() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_committed', '');
    return null;
end
$$;

create trigger outbox_event_committed after insert on outbox_event
    for each statement execute function outbox_committed();
