-- Why: every change to any record must be answerable later (who, when, which unit, what before and
-- after). Entries are written in the same transaction as the change they describe and are never
-- updated or deleted: the triggers below refuse it even to the application's own account.
create table audit_entry (
    id          bigserial primary key,
    occurred_at timestamptz  not null default now(),
    actor       varchar(100) not null,
    unit_id     bigint,
    unit_path   varchar(200),
    entity      varchar(60)  not null,
    entity_id   varchar(80)  not null,
    action      varchar(20)  not null,
    summary     varchar(500),
    before_data jsonb,
    after_data  jsonb
);
create index audit_entry_unit_path_idx on audit_entry (unit_path varchar_pattern_ops, occurred_at desc);
create index audit_entry_actor_idx on audit_entry (actor, occurred_at desc);
create index audit_entry_time_idx on audit_entry (occurred_at desc);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end;
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
