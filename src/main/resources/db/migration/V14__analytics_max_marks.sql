-- Why: ana_max_dirty (V23) has a primary key, so a save marking a maximum to recompute waited
-- (insert ... on conflict) for every other uncommitted save that marked the same indicator and
-- period: concurrent form saves queued one behind another. And a mark already committed could be
-- taken by the folder before the save that found it had committed, missing its lowered value. In
-- this table each save inserts its own mark, without a key, visible only when the save commits;
-- the folder takes them all (and any left in ana_max_dirty) and recomputes each maximum once.
-- Numbered 14 as allotted to this change; it does not depend on the analytics tables.
create table ana_max_mark (
    indicator_id  integer     not null,
    period_id     varchar(8)  not null,
    tree_from     date        not null,
    reported_type varchar(12) not null
);
