-- Why: the Front publishes bank statements (sao kê) and the public must be able to search every
-- line in milliseconds. Lines are imported idempotently: each has a natural key (a hash of bank,
-- account, date, time, reference, amounts, text and its occurrence number among identical lines)
-- unique per account, so re-importing a file or an overlapping one adds nothing. The money on a
-- line is never edited (trigger below); only the donor it is matched to may be set later.
-- Search: the words of what the public sees (name, masked message, reference), folded (no
-- diacritics, lower case), are stored as a tsvector built by the application and indexed with GIN,
-- so "nguyen thi anh" finds "NGUYỄN THỊ ANH" without a scan. pg_trgm is available in the embedded
-- server, but measured on 1M lines a trigram GIN costs about twice as much to maintain during an
-- import as a word index, and import speed is a requirement, so words win.
-- Only import_id carries a foreign key: fund, account and movement are written by the same code in
-- the same transaction as the import row (which has the keys), and per-row RI checks cost more than
-- the COPY itself.

create table funds_donor (
    id          bigserial primary key,
    name        varchar(200) not null,
    folded_name varchar(200) not null,
    kind        varchar(12)  not null default 'PERSON' check (kind in ('PERSON', 'ORGANISATION')),
    display     varchar(10)  not null default 'NAMED' check (display in ('NAMED', 'MASKED', 'ANONYMOUS')),
    created_at  timestamptz  not null default now()
);
create index funds_donor_folded_idx on funds_donor (folded_name);

create table funds_statement_import (
    id              bigserial primary key,
    fund_id         bigint       not null references funds_fund (id),
    account_id      bigint       not null references funds_account (id),
    bank            varchar(30)  not null,
    file_name       varchar(300),
    file_sha256     varchar(64)  not null,
    lines           integer      not null,
    imported        integer      not null,
    duplicates      integer      not null,
    credits         bigint       not null,
    debits          bigint       not null,
    opening_balance bigint,
    closing_balance bigint,
    chain_breaks    integer      not null,
    imported_by     varchar(100) not null,
    imported_at     timestamptz  not null default now()
);
create index funds_statement_import_fund_idx on funds_statement_import (fund_id, imported_at desc);

create table funds_statement_line (
    id           bigserial primary key,
    import_id    bigint        not null references funds_statement_import (id),
    fund_id      bigint        not null,
    account_id   bigint        not null,
    movement_id  bigint        not null,
    line_key     uuid          not null,
    seq          integer       not null,
    booked_on    date          not null,
    booked_at    time,
    reference    varchar(40),
    credit       bigint        not null default 0 check (credit >= 0),
    debit        bigint        not null default 0 check (debit >= 0),
    balance      bigint,
    counterparty varchar(200),
    details      varchar(2000) not null,
    donor_id     bigint,
    search_words tsvector      not null,
    constraint funds_statement_line_amount_ck check (credit + debit > 0),
    constraint funds_statement_line_key_uq unique (account_id, line_key)
);
create index funds_statement_line_fund_idx on funds_statement_line (fund_id, booked_on, id);
create index funds_statement_line_amount_idx on funds_statement_line (fund_id, (credit + debit));
-- A larger pending list lets an import append index entries cheaply; autovacuum merges them later.
create index funds_statement_line_search_idx on funds_statement_line using gin (search_words)
    with (fastupdate = on, gin_pending_list_limit = 32768);

create function funds_statement_line_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or new.fund_id <> old.fund_id or new.account_id <> old.account_id
       or new.line_key <> old.line_key or new.booked_on <> old.booked_on or new.credit <> old.credit
       or new.debit <> old.debit or new.movement_id <> old.movement_id or new.details <> old.details
       or new.balance is distinct from old.balance or new.reference is distinct from old.reference then
        raise exception 'funds_statement_line: the money on a statement line is never edited (% refused)', tg_op;
    end if;
    return new;
end;
$$;
create trigger funds_statement_line_guarded before update or delete on funds_statement_line
    for each row execute function funds_statement_line_guard();
