-- Why: every đồng the Front receives or pays must be traceable and provably consistent. A fund
-- belongs to a committee (Quỹ "Vì người nghèo", a relief fund per appeal, others); its money sits in
-- bank and cash accounts. The ledger is double-entry and append-only: a movement is a balanced
-- group of entries (debit > 0, credit < 0) and a correction is a reversal plus a new movement, never
-- an edit. One statement-level trigger checks every inserted group balances and maintains, in the
-- same transaction, the balance of each account per day and the current balance of accounts and
-- funds, so a balance on any date is a sum over at most one row per day. Check constraints on the
-- maintained balances make a negative fund or asset account impossible even under concurrency.

create table funds_appeal (
    id         bigserial primary key,
    unit_id    bigint       not null references org_unit (id),
    unit_path  varchar(200) not null,
    name       varchar(200) not null,
    starts_on  date         not null,
    ends_on    date,
    target     bigint,
    created_at timestamptz  not null default now(),
    constraint funds_appeal_dates_ck check (ends_on is null or ends_on >= starts_on),
    constraint funds_appeal_target_ck check (target is null or target > 0)
);
create index funds_appeal_path_idx on funds_appeal (unit_path varchar_pattern_ops);

create table funds_fund (
    id                     bigserial primary key,
    unit_id                bigint       not null references org_unit (id),
    unit_path              varchar(200) not null,
    kind                   varchar(20)  not null check (kind in ('VI_NGUOI_NGHEO', 'CUU_TRO', 'OTHER')),
    name                   varchar(200) not null,
    appeal_id              bigint references funds_appeal (id),
    balance                bigint       not null default 0,
    approval_threshold     bigint       not null default 20000000,
    created_at             timestamptz  not null default now(),
    constraint funds_fund_balance_ck check (balance >= 0),
    constraint funds_fund_threshold_ck check (approval_threshold >= 0),
    constraint funds_fund_relief_appeal_ck check (kind <> 'CUU_TRO' or appeal_id is not null)
);
create unique index funds_fund_poor_uq on funds_fund (unit_id) where kind = 'VI_NGUOI_NGHEO';
create index funds_fund_unit_idx on funds_fund (unit_id);
create index funds_fund_path_idx on funds_fund (unit_path varchar_pattern_ops);
create index funds_fund_appeal_idx on funds_fund (appeal_id);

-- BANK and CASH hold the fund's money (assets); INCOME and EXPENSE are the other side of receipts
-- and payments, so every movement balances inside the ledger.
create table funds_account (
    id      bigserial primary key,
    fund_id bigint       not null references funds_fund (id),
    kind    varchar(12)  not null check (kind in ('BANK', 'CASH', 'INCOME', 'EXPENSE')),
    name    varchar(200) not null,
    bank    varchar(30),
    number  varchar(40),
    balance bigint       not null default 0,
    constraint funds_account_asset_ck check (kind not in ('BANK', 'CASH') or balance >= 0),
    constraint funds_account_bank_ck check (kind <> 'BANK' or (bank is not null and number is not null))
);
create unique index funds_account_number_uq on funds_account (bank, number) where kind = 'BANK';
create unique index funds_account_role_uq on funds_account (fund_id, kind) where kind in ('CASH', 'INCOME', 'EXPENSE');
create index funds_account_fund_idx on funds_account (fund_id);

create table funds_movement (
    id          bigserial primary key,
    fund_id     bigint       not null references funds_fund (id),
    kind        varchar(20)  not null check (kind in
                  ('DONATION', 'STATEMENT', 'FEE', 'ALLOCATION', 'DISBURSEMENT', 'TRANSFER', 'REVERSAL')),
    booked_on   date         not null,
    description varchar(500) not null,
    reverses_id bigint references funds_movement (id),
    created_by  varchar(100) not null,
    created_at  timestamptz  not null default now(),
    constraint funds_movement_reverses_uq unique (reverses_id),
    constraint funds_movement_reversal_ck check ((kind = 'REVERSAL') = (reverses_id is not null))
);
create index funds_movement_fund_idx on funds_movement (fund_id, booked_on desc, id desc);

create table funds_entry (
    id          bigserial primary key,
    movement_id bigint not null references funds_movement (id),
    account_id  bigint not null references funds_account (id),
    fund_id     bigint not null references funds_fund (id),
    asset       boolean not null,
    booked_on   date   not null,
    amount      bigint not null check (amount <> 0)
);
create index funds_entry_movement_idx on funds_entry (movement_id);
create index funds_entry_account_idx on funds_entry (account_id, booked_on);
create index funds_entry_fund_idx on funds_entry (fund_id, booked_on desc, movement_id desc);

create table funds_account_day (
    account_id bigint  not null references funds_account (id),
    day        date    not null,
    fund_id    bigint  not null,
    asset      boolean not null,
    delta      bigint  not null,
    primary key (account_id, day)
);
create index funds_account_day_fund_idx on funds_account_day (fund_id, day) include (delta) where asset;

create function funds_entry_post() returns trigger language plpgsql as $$
declare
    bad record;
begin
    select movement_id, sum(amount) as total into bad
      from added group by movement_id having sum(amount) <> 0 limit 1;
    if found then
        raise exception 'funds_entry: movement % does not balance (%)', bad.movement_id, bad.total
            using errcode = '23514', constraint = 'funds_entry_balanced_ck';
    end if;
    select e.id into bad from added e join funds_account a on a.id = e.account_id
     where a.fund_id <> e.fund_id or (a.kind in ('BANK', 'CASH')) <> e.asset limit 1;
    if found then
        raise exception 'funds_entry: entry % names the wrong fund or asset flag for its account', bad.id
            using errcode = '23514', constraint = 'funds_entry_account_ck';
    end if;
    insert into funds_account_day (account_id, day, fund_id, asset, delta)
        select account_id, booked_on, min(fund_id), bool_and(asset), sum(amount)
          from added group by account_id, booked_on
    on conflict (account_id, day) do update set delta = funds_account_day.delta + excluded.delta;
    update funds_account a set balance = a.balance + d.total
      from (select account_id, sum(amount) as total from added group by account_id) d
     where a.id = d.account_id;
    update funds_fund f set balance = f.balance + d.total
      from (select fund_id, sum(amount) as total from added where asset group by fund_id) d
     where f.id = d.fund_id and d.total <> 0;
    return null;
end;
$$;
create trigger funds_entry_posted after insert on funds_entry
    referencing new table as added for each statement execute function funds_entry_post();

create function funds_ledger_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused; post a reversal instead', tg_table_name, tg_op;
end;
$$;
create trigger funds_entry_no_change before update or delete on funds_entry
    for each row execute function funds_ledger_is_append_only();
create trigger funds_entry_no_truncate before truncate on funds_entry
    for each statement execute function funds_ledger_is_append_only();
create trigger funds_movement_no_change before update or delete on funds_movement
    for each row execute function funds_ledger_is_append_only();
create trigger funds_movement_no_truncate before truncate on funds_movement
    for each statement execute function funds_ledger_is_append_only();
