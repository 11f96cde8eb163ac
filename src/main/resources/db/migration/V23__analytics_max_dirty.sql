-- Why: a maximum cannot be lowered by a delta. Recomputing it inside the save that lowered it held
-- a lock every other save waited for (measured: 32 concurrent form saves took 25 s each), so the
-- save only marks the indicator and period here and the background folder recomputes the maxima
-- within its next pass (a fifth of a second later).
create table ana_max_dirty (
    indicator_id  integer    not null,
    period_id     varchar(8) not null,
    tree_from     date       not null,
    reported_type varchar(12) not null,
    primary key (indicator_id, period_id, tree_from, reported_type)
);
