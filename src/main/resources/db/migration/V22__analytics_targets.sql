-- Why: every figure on a dashboard or in the analytics API is shown with its target. Asking the
-- indicators module unit by unit costs a query per row (35 for the provinces of one indicator), so
-- the analytics module keeps its own copy of the targets, updated from the TargetSet event in the
-- transaction that sets them, and reads a whole table of targets in one indexed query.
create table ana_target (
    indicator_id integer        not null,
    unit_id      integer        not null,
    period_id    varchar(8)     not null,
    value        numeric(24, 4) not null,
    primary key (indicator_id, period_id, unit_id)
);
