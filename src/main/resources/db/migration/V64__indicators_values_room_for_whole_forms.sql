-- Why: V44 left 15% of each page free so that a changed value could stay on its page (a heap-only
-- update, no index touched). But a form is saved whole: its fifty values were inserted together, sit
-- side by side on one or two pages, and are all rewritten by one statement. 15% holds the new versions
-- of about seven of them; the rest moved to other pages and were added to every index again. The bench's
-- form saves measured 31% of ind_data_value's updates and 35% of ana_value's as heap-only, and the
-- index churn then cost bottom-up deletions and vacuum work. Half a page free holds a new version of
-- every row on it, and the old versions are pruned when the form is next read. The totals' rows are
-- spread over more forms and kept 77% heap-only with 15% free; a third free is enough for them.
alter table ind_data_value set (fillfactor = 50);
alter table ana_value set (fillfactor = 50);
alter table ana_aggregate set (fillfactor = 65);
