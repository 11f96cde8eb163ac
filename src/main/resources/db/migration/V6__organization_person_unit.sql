-- Why: a person's record belongs to the unit that registered it, so the audit trail can file the
-- change under that unit's subtree and access rules can scope who may see and edit it (V2 had no
-- such link). Nullable: people may later be registered by no unit in particular (e.g. imported).
alter table org_person add column unit_id bigint references org_unit (id);
create index org_person_unit_idx on org_person (unit_id);

-- Leadership on a date and the one-Chủ-tịch check both look positions up by unit and title.
create index org_position_unit_title_idx on org_position (unit_id, title, starts_on);
