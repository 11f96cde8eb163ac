-- Why: ana_pending is a queue. Each form save adds a row and the roll-up deletes it within a fraction
-- of a second, so the table holds a handful of live rows and, between vacuums, thousands of dead ones
-- that the roll-up's "oldest marks first" scan of its key has to step over (the saves-only bench
-- measured 3 ms to take a batch of eleven marks, with 1,300 dead rows on 1,500 pages). By default
-- autovacuum waits for a fifth of the table to be dead; a queue is better vacuumed after a fixed
-- number of deletions, and cheaply, since it is small.
alter table ana_pending set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 500,
                             autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 500,
                             autovacuum_vacuum_cost_delay = 0);
