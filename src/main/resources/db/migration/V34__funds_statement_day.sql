-- Why: reconciliation compares, per bank account and day, the statement with the ledger. Grouping a
-- million statement lines for every look was slow; the import now keeps this per-day summary of the
-- lines it adds (in the same transaction), so reconciliation reads one row per account and day.
-- balance is the statement's balance at the end of the day as last imported: the balance of the
-- last line of that day, in file order, of the latest import that brought a line with a balance.
create table funds_statement_day (
    account_id bigint  not null,
    booked_on  date    not null,
    fund_id    bigint  not null,
    lines      integer not null,
    credits    bigint  not null,
    debits     bigint  not null,
    balance    bigint,
    primary key (account_id, booked_on)
);
create index funds_statement_day_fund_idx on funds_statement_day (fund_id, account_id, booked_on);

insert into funds_statement_day (account_id, booked_on, fund_id, lines, credits, debits, balance)
select s.account_id, s.booked_on, s.fund_id, s.lines, s.credits, s.debits,
       (select l.balance from funds_statement_line l
         where l.account_id = s.account_id and l.booked_on = s.booked_on and l.balance is not null
         order by l.import_id desc, l.seq desc limit 1)
  from (select account_id, booked_on, min(fund_id) as fund_id, count(*) as lines, sum(credit) as credits,
               sum(debit) as debits
          from funds_statement_line group by account_id, booked_on) s;
