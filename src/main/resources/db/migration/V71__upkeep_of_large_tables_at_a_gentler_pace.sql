-- Why: PostgreSQL's automatic upkeep (autovacuum and autoanalyze) of the largest tables runs in the
-- middle of a deadline's saves, on the two cores the application and its database share. Traced save by
-- save, the reporting bench's closed rounds slowed by a fifth to a half while autovacuum analysed or
-- vacuumed ind_data_value, ana_value and audit_entry, and those seconds held its slowest saves (p99).
-- At PostgreSQL's default pace (2 ms of rest per 200 units of work) an analysis of a 1.6 GB copy of
-- ind_data_value took 1.2 s of nearly a whole core; at 10 ms it took 3.5 s at a fraction of one. With two
-- writers inserting rounds of 400 values meanwhile, their p99 was 17.0 and 19.3 ms at the default pace
-- and 15.8 and 14.3 ms at 10 ms (two runs each). The same work, a few seconds longer, leaves the saves
-- most of the machine; PostgreSQL's own default until version 12 was 20 ms. Set on the tables rather
-- than on the server so that an external server does the same; the small, busy queue of marks
-- (ana_pending) keeps the default pace and stays small.
alter table ind_data_value set (autovacuum_vacuum_cost_delay = 10);
alter table ana_value set (autovacuum_vacuum_cost_delay = 10);
alter table ana_aggregate set (autovacuum_vacuum_cost_delay = 10);
alter table audit_entry set (autovacuum_vacuum_cost_delay = 10);
