-- Why: every form save writes one audit entry listing its fifty values before and after, and storing
-- those two documents as jsonb (parsed into PostgreSQL's binary form, then compressed) was half of what
-- the entry cost. Nothing queries inside them: they are read back whole, as text, for the audit pages.
-- json keeps the document as the application wrote it (still checked to be valid JSON) at half the
-- cost; readers normalise it to jsonb's text form when they read it, so the pages show what they did.
alter table audit_entry
    alter column before_data type json using before_data::json,
    alter column after_data type json using after_data::json;
