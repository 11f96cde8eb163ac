-- Why: the unit picker searches ~125,000 units (with residential areas and member organisations) by
-- any word of their folded names; a trigram index answers "%word%" without scanning them all.
create extension if not exists pg_trgm;
create index org_unit_search_trgm_idx on org_unit using gin (search_text gin_trgm_ops);
