-- Why: every figure the Front reports (households rated "Gia đình văn hóa", Great Unity houses,
-- money raised for the poor, supervision visits, voter opinions, …) must be defined once, with its
-- unit of measure, value type, the levels that enter it and how it adds up over units and over
-- time, so that all levels count the same thing the same way. Breakdowns (by member organisation,
-- by funding source) are categories whose option codes are stored with each value.
create table ind_category (
    code    varchar(40)  primary key,
    name_vi varchar(200) not null,
    name_en varchar(200) not null
);

create table ind_category_option (
    category_code varchar(40)  not null references ind_category (code),
    code          varchar(40)  not null check (code ~ '^[A-Z][A-Z0-9_]*$' and code <> 'DEFAULT'),
    name_vi       varchar(200) not null,
    name_en       varchar(200) not null,
    sort_order    smallint     not null default 0,
    primary key (category_code, code)
);

create table ind_indicator (
    id               bigserial    primary key,
    code             varchar(40)  not null unique check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name_vi          varchar(300) not null,
    name_en          varchar(300) not null,
    uom_vi           varchar(40)  not null,
    uom_en           varchar(40)  not null,
    value_type       varchar(10)  not null check (value_type in
                       ('INTEGER', 'DECIMAL', 'MONEY', 'SHARE', 'YES_NO', 'TEXT')),
    -- over units (a commune from its residential areas, a province from its communes) …
    aggregation      varchar(10)  not null check (aggregation in
                       ('SUM', 'AVERAGE', 'MAX', 'LATEST', 'COUNT_YES', 'SHARE_YES', 'RATIO')),
    -- … and over time (a year from its quarters).
    time_aggregation varchar(10)  not null check (time_aggregation in
                       ('SUM', 'AVERAGE', 'MAX', 'LATEST', 'COUNT_YES', 'SHARE_YES', 'RATIO')),
    -- unit kinds (organization UnitKind names) that enter this indicator; empty for computed ones
    entry_levels     varchar(24)[] not null default '{}',
    category_code    varchar(40)  references ind_category (code),
    min_value        numeric(24, 4),
    max_value        numeric(24, 4),
    -- RATIO = factor × total(numerator) / total(denominator), each total by its own rules
    numerator_id     bigint references ind_indicator (id),
    denominator_id   bigint references ind_indicator (id),
    ratio_factor     numeric(12, 4),
    description_vi   varchar(1000),
    sort_order       integer      not null default 0,
    version          integer      not null default 0,
    constraint ind_indicator_ratio_ck check (
        (aggregation = 'RATIO') = (numerator_id is not null and denominator_id is not null and ratio_factor is not null)
        and (aggregation = 'RATIO') = (time_aggregation = 'RATIO')
        and (aggregation <> 'RATIO' or cardinality(entry_levels) = 0)),
    constraint ind_indicator_yes_no_ck check (
        (aggregation in ('COUNT_YES', 'SHARE_YES')) <= (value_type = 'YES_NO')),
    constraint ind_indicator_range_ck check (min_value is null or max_value is null or min_value <= max_value)
);
