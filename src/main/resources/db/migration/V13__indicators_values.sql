-- Why: the figures themselves. One row per (indicator, unit, period, breakdown option), the value
-- stored by type (numeric, never text, so SQL can add it up), with a comment, who changed it last
-- and a version for optimistic locking so two people never silently overwrite each other. The
-- period's type and calendar bounds are stored with it so range queries need no id parsing.
-- Targets (chỉ tiêu giao) set by an upper unit and the submission/approval state of each form
-- live beside them; an approved form locks its values until it is returned.
create table ind_data_value (
    id            bigserial     primary key,
    indicator_id  bigint        not null references ind_indicator (id),
    unit_id       bigint        not null references org_unit (id),
    period_id     varchar(8)    not null,
    period_type   varchar(12)   not null,
    period_start  date          not null,
    period_end    date          not null,
    option_code   varchar(40)   not null default 'DEFAULT',
    numeric_value numeric(24, 4),
    text_value    varchar(4000),
    boolean_value boolean,
    comment       varchar(1000),
    version       integer       not null default 1,
    created_by    varchar(100)  not null,
    created_at    timestamptz   not null default now(),
    updated_by    varchar(100)  not null,
    updated_at    timestamptz   not null default now(),
    constraint ind_data_value_key_uq unique (indicator_id, unit_id, period_id, option_code),
    constraint ind_data_value_one_value_ck check (num_nonnulls(numeric_value, text_value, boolean_value) = 1)
);
create index ind_data_value_unit_period_idx on ind_data_value (unit_id, period_id);
create index ind_data_value_indicator_period_idx on ind_data_value (indicator_id, period_end, unit_id);

create table ind_target (
    id             bigserial      primary key,
    indicator_id   bigint         not null references ind_indicator (id),
    unit_id        bigint         not null references org_unit (id),
    period_id      varchar(8)     not null,
    target_value   numeric(24, 4) not null check (target_value >= 0),
    set_by_unit_id bigint         not null references org_unit (id),
    set_by         varchar(100)   not null,
    set_at         timestamptz    not null default now(),
    version        integer        not null default 1,
    constraint ind_target_key_uq unique (indicator_id, unit_id, period_id)
);
create index ind_target_unit_idx on ind_target (unit_id, period_id);

create table ind_submission (
    id                 bigserial     primary key,
    form_id            bigint        not null references ind_form (id),
    unit_id            bigint        not null references org_unit (id),
    period_id          varchar(8)    not null,
    status             varchar(10)   not null check (status in ('SUBMITTED', 'APPROVED', 'RETURNED')),
    deadline           date          not null,
    first_submitted_at timestamptz   not null,
    on_time            boolean       not null,
    submitted_by       varchar(100)  not null,
    submitted_at       timestamptz   not null,
    decided_by         varchar(100),
    decided_by_unit_id bigint references org_unit (id),
    decided_at         timestamptz,
    decision_comment   varchar(2000),
    version            integer       not null default 1,
    constraint ind_submission_key_uq unique (form_id, unit_id, period_id)
);
create index ind_submission_unit_period_idx on ind_submission (unit_id, period_id);
