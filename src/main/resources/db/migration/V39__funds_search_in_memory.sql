-- Why: the public search now answers from an in-memory index of each fund's lines (SearchIndex), built
-- from search_words at startup and kept current after every import. The GIN word index on the lines was
-- the costliest part of an import (most of the database side of COPY) and only the search used it, so it
-- goes; the SQL search that remains (used until a fund's index is ready) walks the fund's lines in date
-- order and tests their words.
drop index if exists funds_statement_line_search_idx;

-- Lines whose search words are rewritten after import (a donor renamed, masked or made anonymous) are
-- logged here, so every instance re-reads them into its index within a second. Entries are kept a day.
create table funds_search_change (
    seq        bigserial   primary key,
    fund_id    bigint      not null,
    line_id    bigint      not null,
    changed_at timestamptz not null default clock_timestamp()
);
create index funds_search_change_at_idx on funds_search_change (changed_at);

create function funds_search_change_log() returns trigger language plpgsql as $$
begin
    insert into funds_search_change (fund_id, line_id)
    select n.fund_id, n.id
      from changed n join previous o on o.id = n.id
     where n.search_words is distinct from o.search_words;
    delete from funds_search_change where changed_at < now() - interval '1 day';
    return null;
end;
$$;
create trigger funds_statement_line_search_logged after update on funds_statement_line
    referencing old table as previous new table as changed
    for each statement execute function funds_search_change_log();
