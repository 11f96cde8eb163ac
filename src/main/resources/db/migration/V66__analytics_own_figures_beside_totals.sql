-- Why: a committee's total (ana_aggregate) held its own reported figures as well as what lands on it
-- from below. A commune's quarterly form of thirty indicators then rewrote about 120 rows of its own
-- (each indicator for the quarter, half, nine months and year) besides its province's and the
-- nation's, more than half of what the roll-up wrote per form. From now on a total holds only what
-- lands from below, and a read adds the committee's own values (ana_value) through the time rule.
-- Taking the own figures out of the existing totals needs the time rules and the tree in Java: this
-- row asks the application to do it once, at its next start, before the roll-up runs.
create table ana_upgrade (
    step varchar(60) primary key
);
insert into ana_upgrade (step) values ('own-figures-beside-totals');
