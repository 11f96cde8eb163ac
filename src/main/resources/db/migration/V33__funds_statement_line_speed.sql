-- Why: importing a million statement lines must run at tens of thousands of lines a second, and the
-- public search must answer in milliseconds whatever mix of name, amount, date and reference is asked.
--
-- 1. The foreign key from each line to its import cost a lookup per row (an RI trigger) during COPY,
--    while the loader writes the import row and its lines in one transaction with the fund locked, so
--    the key can never point nowhere. The import id stays on every line; only the per-row check goes.
alter table funds_statement_line drop constraint funds_statement_line_import_id_fkey;

-- 2. The natural key (a hash) was unique per account alone, so every new line landed on a random page
--    of that index: the costliest part of COPY after the word index. The key's hash already covers
--    the day, so making it unique per account and day is the same rule, and a statement's lines (in
--    date order) now fill neighbouring pages. The loader's duplicate check reads this index by day.
alter table funds_statement_line drop constraint funds_statement_line_key_uq;
alter table funds_statement_line add constraint funds_statement_line_key_uq unique (account_id, booked_on, line_key);

-- 3. The search words of a line also hold two made-up words: its amount ("a500000") and its day
--    ("d9019", days since 2000-01-01). "500.000 hau" or "thi anh 10/09/2024" is then one intersection
--    inside the word index instead of reading every line of a common amount or day to test its words.
--    Both words are common, so they cost little to index; they replace the amount B-tree, which cost
--    more to maintain during an import. The loader writes them; when the words are rewritten later
--    (a donor changes how they are shown), the trigger below adds them again.
drop index funds_statement_line_amount_idx;

update funds_statement_line
   set search_words = search_words || array_to_tsvector(array['a' || (credit + debit)::text,
                                                             'd' || (booked_on - date '2000-01-01')::text]);

create function funds_statement_line_search_terms() returns trigger language plpgsql as $$
begin
    new.search_words := new.search_words || array_to_tsvector(array['a' || (new.credit + new.debit)::text,
                                                                   'd' || (new.booked_on - date '2000-01-01')::text]);
    return new;
end;
$$;
create trigger funds_statement_line_search_terms before update of search_words on funds_statement_line
    for each row when (new.search_words is distinct from old.search_words)
    execute function funds_statement_line_search_terms();
