-- Why: the values were indexed three times over. The unique key led with the indicator, and a second
-- index on (unit, period) served every read of a form, of a unit's history and of the entry grid,
-- which are all by unit and period. Led by unit and period, the unique key serves those reads itself
-- (its first two columns are that index), and its look-ups by indicator, unit, period and option
-- are the same equality probe in another order. One index fewer to build after a bulk copy (on the
-- bench's 10.7 million values the three rebuilds took 33 s, about a third of the load), to write for
-- every new form, and to keep in memory. ON CONFLICT names the key's columns, not their order, so the
-- statements that write values are unchanged.
alter table ind_data_value drop constraint ind_data_value_key_uq;
alter table ind_data_value
    add constraint ind_data_value_key_uq unique (unit_id, period_id, indicator_id, option_code);
drop index ind_data_value_unit_period_idx;
