-- Why: a form saved for the first time inserts its fifty values, and PostgreSQL checked both foreign
-- keys of every row on its own: a query per row and key, each taking a share lock on the indicator's and
-- the unit's row. Every form names the same indicators, so the rows of the catalogue were locked by every
-- save at once, and each lock shared with another running save made PostgreSQL write a new multixact.
-- Inserting 400 values (a round of eight forms) with two writers, on a copy of the table of 4 million
-- rows: 128 rounds a second with the keys, 215 without, and 168-198 with the check below (0.75 ms of
-- the database's CPU less per form). The reporting bench's saves of forms entered for the first time
-- wrote at half the rate of saves that change a form, and that is what a deadline day is made of.
--
-- The keys are now checked by the statements that insert values, once per statement: they insert only
-- rows whose indicator and unit exist (data entry), or check every indicator and unit named after the
-- copy (DataValueCopy). Units are never deleted (a unit is closed with valid_to). An indicator is deleted
-- only when no value names it, and the deletion locks ind_data_value against writes before it looks, so a
-- save either commits first (and the deletion is refused) or comes after it and inserts nothing.
alter table ind_data_value drop constraint if exists ind_data_value_indicator_id_fkey;
alter table ind_data_value drop constraint if exists ind_data_value_unit_id_fkey;
