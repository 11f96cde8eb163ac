-- Why: a 50-value form save wrote 50 marks, and the worker deleted them again: 100 row versions and
-- 100 index entries per save for what is one fact, "these fields of this unit and period changed".
-- A mark now holds the fields of one unit and period as two parallel arrays (indicator, breakdown
-- option), so a form save writes one row. Marks waiting at the upgrade are carried over unchanged.
alter table ana_pending add column indicator_ids integer[], add column option_codes varchar(40)[];
update ana_pending set indicator_ids = array[indicator_id], option_codes = array[option_code];
alter table ana_pending
    drop column indicator_id,
    drop column option_code,
    alter column indicator_ids set not null,
    alter column option_codes set not null,
    add constraint ana_pending_arrays_ck check (cardinality(indicator_ids) = cardinality(option_codes));
