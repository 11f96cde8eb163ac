-- Why: a split commune's figures are shared among its successors by weights, equal by default (the
-- reference lineage). A province administrator who knows better (e.g. by population) can set other
-- weights; they are the analytics module's own rule, kept here rather than by editing the reference
-- hierarchy, together with who set them and when.
create table ana_split_weight (
    predecessor_id integer        not null,
    successor_id   integer        not null,
    weight         numeric(12, 9) not null check (weight > 0 and weight <= 1),
    set_by         varchar(100)   not null,
    set_at         timestamptz    not null default now(),
    primary key (predecessor_id, successor_id)
);
