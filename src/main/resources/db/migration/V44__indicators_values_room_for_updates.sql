-- Why: a form saved again rewrites its values in place (a new figure, version and time, none of them
-- indexed), and the roll-up rewrites its copies and totals the same way. With full pages every such
-- update had to put the new row version on another page and add it to each of the table's indexes
-- (four on ind_data_value); leaving 15% of each page free lets PostgreSQL keep the new version on the
-- same page without touching the indexes (a heap-only update). Pages written from now on keep the room.
alter table ind_data_value set (fillfactor = 85);
alter table ana_value set (fillfactor = 85);
alter table ana_aggregate set (fillfactor = 85);
