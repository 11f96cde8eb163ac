-- Why: the roll-up worker read each marked field's committed figure back from ind_data_value, one
-- index lookup per value of every form saved (a tenth of the database's work per save). The saving
-- transaction already knows the figure it wrote, and marks of one field are numbered in the order their
-- saves committed (a save of a field waits on the row lock of the save before it, and marks after
-- writing), so a mark may carry its figure and the worker apply the newest mark's figure as read.
-- An element is null where the field has no figure any more (removed). Marks waiting at the upgrade
-- have no figures (the column is null) and are still looked up.
alter table ana_pending
    add column figures numeric[],
    add constraint ana_pending_figures_ck check (figures is null or cardinality(figures) = cardinality(indicator_ids));
