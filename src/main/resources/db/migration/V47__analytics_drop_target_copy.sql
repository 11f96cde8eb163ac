-- Why: analytics kept a copy of the targets (ana_target), filled from TargetSet events, only because
-- reading them unit by unit from the indicators module cost a query per row. The indicators module now
-- answers a whole table of targets (many indicators, units and periods) in one indexed query, so the
-- copy is dropped: one source of truth, and no target set before the copy existed can be missed.
drop table if exists ana_target;
