-- Why: a national or provincial total must be one indexed lookup that is current within a second of
-- a save, for the tree in force on any date (2024 figures of old communes appear under today's
-- provinces). The analytics module therefore keeps (1) its own fact table, a copy of each reported
-- value with its period dates, from which the change of a value (new − old) and the time roll-up
-- (quarters → year by the indicator's rule) are computed; (2) pre-aggregated tallies per indicator,
-- period, tree and committee, added to incrementally; and (3) a log of deltas that concurrent saves
-- append to without locking the hot national row; a background folder moves them into (2) several
-- times a second, and every read adds the pending deltas, so figures are current at commit.
create table ana_value (
    indicator_id integer      not null,
    unit_id      integer      not null,
    option_code  varchar(40)  not null default 'DEFAULT',
    -- DHIS2-style id (2024Q3); the periods a longer one is made of are listed from the id itself
    period_id    varchar(8)   not null,
    value        numeric(24, 4) not null,
    primary key (indicator_id, unit_id, option_code, period_id)
);

-- sum/count/yes/max are enough to read every rule: SUM and LATEST read sum, AVERAGE sum/count,
-- MAX max, COUNT_YES yes and SHARE_YES yes/count; a RATIO divides the sums of two indicators.
-- tree_from names the hierarchy (the day it came into force); leaves (residential areas) have no
-- row here, their figures are read from ana_value.
create table ana_aggregate (
    indicator_id integer      not null,
    period_id    varchar(8)   not null,
    tree_from    date         not null,
    unit_id      integer      not null,
    sum          numeric(28, 4) not null default 0,
    count        bigint       not null default 0,
    yes          bigint       not null default 0,
    max          numeric(24, 4),
    primary key (indicator_id, period_id, tree_from, unit_id)
);

create table ana_delta (
    indicator_id integer      not null,
    period_id    varchar(8)   not null,
    tree_from    date         not null,
    unit_id      integer      not null,
    sum          numeric(28, 4) not null,
    count        bigint       not null,
    yes          bigint       not null,
    max          numeric(24, 4)
);
create index ana_delta_key_idx on ana_delta (indicator_id, period_id, tree_from, unit_id);
