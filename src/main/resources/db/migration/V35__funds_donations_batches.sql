-- Why: donations counted by hand (a collection box, a list from a school) are entered one by one
-- into a batch with the count and total written on its cover; the batch may be closed only when
-- both match exactly, and a closed batch never changes. Each donation names its donor (matched by
-- folded name) and how it is shown in public, and is the source of a receipt (giấy biên nhận).
-- The money itself moves through the ledger as a DONATION movement; a donation row only says who
-- gave it, so it is append-only like the ledger: a mistake is corrected by reversing the movement.
create table funds_donation_batch (
    id             bigserial primary key,
    fund_id        bigint       not null references funds_fund (id),
    account_id     bigint       not null references funds_account (id),
    name           varchar(200) not null,
    expected_count integer      not null check (expected_count > 0),
    expected_total bigint       not null check (expected_total > 0),
    status         varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    created_by     varchar(100) not null,
    created_at     timestamptz  not null default now(),
    closed_by      varchar(100),
    closed_at      timestamptz,
    closed_count   integer,
    closed_total   bigint,
    constraint funds_donation_batch_closed_ck check ((status = 'CLOSED') = (closed_at is not null))
);
create index funds_donation_batch_fund_idx on funds_donation_batch (fund_id, id desc);

create table funds_donation (
    id          bigserial primary key,
    fund_id     bigint       not null references funds_fund (id),
    batch_id    bigint references funds_donation_batch (id),
    movement_id bigint       not null unique references funds_movement (id),
    donor_id    bigint       not null references funds_donor (id),
    display     varchar(10)  not null check (display in ('NAMED', 'MASKED', 'ANONYMOUS')),
    amount      bigint       not null check (amount > 0),
    received_on date         not null,
    purpose     varchar(500) not null,
    created_by  varchar(100) not null,
    created_at  timestamptz  not null default now()
);
create index funds_donation_batch_idx on funds_donation (batch_id, id);
create index funds_donation_donor_idx on funds_donation (donor_id, id desc);
create index funds_donation_fund_idx on funds_donation (fund_id, id desc);

-- A closed batch is frozen: its row cannot change and no donation can join it, whatever the caller.
create function funds_donation_batch_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or old.status = 'CLOSED' then
        raise exception 'funds_donation_batch %: a closed batch never changes (% refused)', old.id, tg_op;
    end if;
    return new;
end;
$$;
create trigger funds_donation_batch_guarded before update or delete on funds_donation_batch
    for each row execute function funds_donation_batch_guard();

create function funds_donation_into_open_batch() returns trigger language plpgsql as $$
begin
    if new.batch_id is not null
       and exists (select 1 from funds_donation_batch b where b.id = new.batch_id and b.status = 'CLOSED') then
        raise exception 'funds_donation: batch % is closed', new.batch_id
            using errcode = '23514', constraint = 'funds_donation_open_batch_ck';
    end if;
    return new;
end;
$$;
create trigger funds_donation_open_batch before insert on funds_donation
    for each row execute function funds_donation_into_open_batch();
create trigger funds_donation_no_change before update or delete on funds_donation
    for each row execute function funds_ledger_is_append_only();

-- An officer may set a statement line aside from the donor queue (a bank fee, an internal
-- transfer, interest): the mark says why and who, and is kept apart from the line's money.
create table funds_line_mark (
    line_id   bigint       primary key references funds_statement_line (id),
    fund_id   bigint       not null references funds_fund (id),
    reason    varchar(20)  not null check (reason in ('NOT_A_GIFT', 'UNKNOWN_DONOR', 'OTHER')),
    note      varchar(500),
    marked_by varchar(100) not null,
    marked_at timestamptz  not null default now()
);
create index funds_line_mark_fund_idx on funds_line_mark (fund_id);

-- A rejected payment request keeps the reason it was refused.
alter table funds_disbursement add column decision_note varchar(500);
