-- Why: every capability hangs off the Front's hierarchy. A unit keeps its official code, names,
-- kind and lifetime; the parent link is effective-dated because the 2025 reform re-parented or
-- merged most units; the tree each unit lives in is also stored as a materialised path of ids
-- (and of codes, for people and the API) so a subtree is one indexed prefix query.
create table org_unit (
    id          bigserial primary key,
    code        varchar(40)  not null,
    name        varchar(200) not null,
    full_name   varchar(300) not null,
    kind        varchar(24)  not null check (kind in
                  ('CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'RESIDENTIAL_AREA', 'MEMBER_ORG')),
    unit_type   varchar(60),
    valid_from  date not null,
    valid_to    date,
    parent_id   bigint references org_unit (id),
    path        varchar(200) not null,
    code_path   varchar(400) not null,
    level       smallint not null,
    search_text varchar(700) not null,
    version     integer not null default 0,
    constraint org_unit_code_from_uq unique (code, valid_from),
    constraint org_unit_dates_ck check (valid_to is null or valid_to >= valid_from)
);
create index org_unit_path_idx on org_unit (path varchar_pattern_ops);
create index org_unit_parent_idx on org_unit (parent_id);
create index org_unit_code_idx on org_unit (code, valid_from desc);

-- The parent of a unit over time. org_unit.parent_id/path mirror the last row of each unit.
create table org_unit_parent (
    unit_id    bigint not null references org_unit (id),
    parent_id  bigint not null references org_unit (id),
    valid_from date   not null,
    valid_to   date,
    primary key (unit_id, valid_from),
    constraint org_unit_parent_dates_ck check (valid_to is null or valid_to >= valid_from)
);
create index org_unit_parent_parent_idx on org_unit_parent (parent_id, valid_from);

-- What a unit became after a reform: an old commune merged into one new commune, or split over
-- several with a weight each (the share of its figures each successor takes; equal by default).
create table org_unit_lineage (
    predecessor_id bigint not null references org_unit (id),
    successor_id   bigint not null references org_unit (id),
    effective_on   date   not null,
    weight         numeric(12, 9) not null default 1 check (weight > 0 and weight <= 1),
    primary key (predecessor_id, successor_id)
);
create index org_unit_lineage_successor_idx on org_unit_lineage (successor_id);

-- Reference datasets already loaded, so a restart does not load them twice.
create table org_dataset (
    name      varchar(60) primary key,
    checksum  varchar(64) not null,
    rows      integer     not null,
    loaded_at timestamptz not null default now()
);
