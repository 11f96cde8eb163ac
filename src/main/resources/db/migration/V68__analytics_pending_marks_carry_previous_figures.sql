-- Why: the roll-up read every marked field's year back from ana_value (the quarters around it) to work
-- out how the unit's figures for the quarter, half, nine months and year change, the largest statement
-- of a form save's database time. For a field that had a figure before the save and still has one, under
-- a time rule that adds the quarters up, every total changes by the difference alone, and the saving
-- transaction knows the figure it replaced. A mark now carries it beside the new figure; the roll-up
-- checks it against ana_value as it writes the new one and, when they differ, works the batch out from
-- what ana_value holds instead. An element is null where the field had no figure before the save; marks
-- written before this (the column is null) are worked out from ana_value as before.
alter table ana_pending
    add column previous numeric[],
    add constraint ana_pending_previous_ck check (previous is null or cardinality(previous) = cardinality(indicator_ids));
