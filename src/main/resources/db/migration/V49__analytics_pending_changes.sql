-- Why: a form save used to roll its values up inside the saving transaction (a lock, a read of the
-- unit's year and a few hundred delta rows per form, then the folder rewrote them into the totals),
-- which kept concurrent form saves far below the 300 saves/s target. A save now only marks the
-- fields it changed, in its own transaction; one roll-up worker at a time takes the marks of many
-- saves, reads the committed values and updates the totals in one batch, so the province and national
-- rows are written once per batch rather than once per form. Reads catch up with the marks first, so
-- a figure is still in the totals the moment its save has committed.
create table ana_pending (
    id           bigserial    primary key,
    indicator_id integer      not null,
    unit_id      integer      not null,
    option_code  varchar(40)  not null,
    period_id    varchar(8)   not null
);
