-- Why: each value a save inserted had its indicator and its unit checked by the two foreign keys of
-- ind_data_value: per row, a query that also writes a share lock onto the referenced row (and two save
-- rounds at once lock the same thirty indicators: a row share-locked by two transactions at once takes
-- a multixact). On the saves bench, whose first rounds enter new figures, the insert of the values was the
-- database's costliest statement; without the keys those rounds saved 412-424 and 506-520 forms a
-- second against 270-329 and 378-473 with them, and a round of new figures wrote 15.6 kB of log a save
-- against 21.0 kB.
--
-- Values only ever name indicators and units the application has just read, and units are never
-- deleted by it; what the keys still guarded was the delete of an indicator or unit that values name.
-- Triggers now refuse that delete (or a change of its id) with the same error, foreign_key_violation.
-- Each first takes ind_data_value in share mode, which waits for every transaction still writing values
-- and keeps new ones out until the delete commits, so a value being saved at that moment is counted
-- too. Large copies of values check the keys they name themselves (DataValueCopy).
do $$
declare
    c record;
begin
    for c in select conname from pg_constraint
             where conrelid = 'ind_data_value'::regclass and contype = 'f' loop
        execute format('alter table ind_data_value drop constraint %I', c.conname);
    end loop;
end $$;

create function ind_data_value_refuse_orphans() returns trigger
language plpgsql as $$
begin
    if tg_op = 'UPDATE' and new.id = old.id then
        return new;
    end if;
    lock table ind_data_value in share mode;
    if tg_table_name = 'ind_indicator' then
        if exists (select 1 from ind_data_value where indicator_id = old.id) then
            raise foreign_key_violation using
                message = format('indicator %s still has values (ind_data_value)', old.id);
        end if;
    elsif exists (select 1 from ind_data_value where unit_id = old.id) then
        raise foreign_key_violation using
            message = format('unit %s still has values (ind_data_value)', old.id);
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger ind_indicator_values_refuse_orphans
    before delete or update of id on ind_indicator
    for each row execute function ind_data_value_refuse_orphans();

create trigger org_unit_values_refuse_orphans
    before delete or update of id on org_unit
    for each row execute function ind_data_value_refuse_orphans();
