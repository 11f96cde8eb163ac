-- Why: the catalogue and the report forms were seed-only; the central committee now edits them. An
-- indicator that already has values can never be deleted (the figures would lose their meaning), so
-- it is retired instead: it stays in the catalogue for history and analytics but leaves the forms
-- and is no longer entered. Who retired it and when is kept with it.
alter table ind_indicator
    add column retired_at timestamptz,
    add column retired_by varchar(100);

-- A form's indicators are shown in sort order; keep the order unique-free but fast to read.
create index ind_form_indicator_form_idx on ind_form_indicator (form_id, sort_order);
