-- Why: gifts entered by hand (cash received at the committee, one by one or in batches) must be found
-- in the public search exactly like imported statement lines. funds_donation stays append-only, so the
-- words the public may search a gift by (the name as the donor chose to show it, the message with account
-- numbers masked, the receipt number, plus V33's amount "a500000" and day "d9019" words) live in this
-- table of their own, written by the application when a gift is entered and rewritten when the donor
-- changes how they are shown. The in-memory index (SearchIndexes) reads it; so does the SQL search that
-- answers until the index is ready.
--
-- Every instance's index also has to learn, within a second, of what changes how a row is shown without
-- changing its search words: a gift entered or reworded elsewhere, a reversal (a cancelled gift or
-- statement line is shown as cancelled), a donor assigned to a line whose name folds to the same words.
-- funds_search_change now says which kind of row it names, and triggers log all three.
create table funds_donation_search (
    donation_id  bigint   primary key references funds_donation (id),
    fund_id      bigint   not null,
    received_on  date     not null,
    amount       bigint   not null,
    search_words tsvector not null
);
create index funds_donation_search_fund_idx on funds_donation_search (fund_id, received_on, donation_id);

alter table funds_search_change add column source char(1) not null default 'L';
alter table funds_search_change add constraint funds_search_change_source_ck check (source in ('L', 'G'));

create function funds_donation_search_log() returns trigger language plpgsql as $$
begin
    insert into funds_search_change (fund_id, line_id, source) values (new.fund_id, new.donation_id, 'G');
    return null;
end;
$$;
create trigger funds_donation_search_logged after insert or update on funds_donation_search
    for each row execute function funds_donation_search_log();

-- A line's donor shows in public (name, display), so a new donor is a change even when the words are not.
create or replace function funds_search_change_log() returns trigger language plpgsql as $$
begin
    insert into funds_search_change (fund_id, line_id)
    select n.fund_id, n.id
      from changed n join previous o on o.id = n.id
     where n.search_words is distinct from o.search_words or n.donor_id is distinct from o.donor_id;
    delete from funds_search_change where changed_at < now() - interval '1 day';
    return null;
end;
$$;

-- A reversal cancels the lines of the statement movement it reverses (found by fund and day, the index
-- the lines already have) or the gift whose movement it reverses. Statement level: an import's many
-- movements cost one pass over its few rows, none of which is a reversal.
create function funds_search_reversal_log() returns trigger language plpgsql as $$
begin
    if exists (select 1 from inserted where reverses_id is not null) then
        insert into funds_search_change (fund_id, line_id, source)
        select l.fund_id, l.id, 'L'
          from inserted r
          join funds_movement o on o.id = r.reverses_id and o.kind = 'STATEMENT'
          join funds_statement_line l on l.fund_id = o.fund_id and l.booked_on = o.booked_on and l.movement_id = o.id;
        insert into funds_search_change (fund_id, line_id, source)
        select d.fund_id, d.id, 'G'
          from inserted r join funds_donation d on d.movement_id = r.reverses_id
         where exists (select 1 from funds_donation_search s where s.donation_id = d.id);
    end if;
    return null;
end;
$$;
create trigger funds_movement_reversal_logged after insert on funds_movement
    referencing new table as inserted
    for each statement execute function funds_search_reversal_log();
