-- Why: the roll-up reads each changed field's values of the year from ana_value before it works out
-- the change of the totals: one index probe per field of every form, about half of the roll-up's time
-- in PostgreSQL on the saves bench. It writes those values back itself moments later, so the values
-- it read and wrote are kept in the JVM for the next batches, and read again only when someone else
-- may have written ana_value meanwhile. This counter tells it: every statement that writes ana_value,
-- whoever runs it (the roll-up of another instance, a bulk load, a repair by hand), takes a number from
-- it, and the roll-up trusts what it keeps only while the newest number is the one its own last write
-- took. A writer that does not hold the roll-up's lock when it writes must take a number while holding
-- it, before it commits (the bulk loader does).
create sequence ana_value_writes;

create function ana_value_written() returns trigger language plpgsql as $$
begin
    perform nextval('ana_value_writes');
    return null;
end
$$;

create trigger ana_value_written after insert or update or delete or truncate on ana_value
    for each statement execute function ana_value_written();
