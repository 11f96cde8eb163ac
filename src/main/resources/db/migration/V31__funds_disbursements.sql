-- Why: a payment above the fund's threshold needs a second person's approval (four eyes), and the
-- approver can never be the person who made the request. The request is a workflow record (its
-- status changes); the money moves only when it is paid, as an append-only ledger movement.
create table funds_disbursement (
    id          bigserial primary key,
    fund_id     bigint       not null references funds_fund (id),
    account_id  bigint       not null references funds_account (id),
    amount      bigint       not null check (amount > 0),
    payee       varchar(200) not null,
    purpose     varchar(500) not null,
    booked_on   date         not null,
    status      varchar(12)  not null check (status in ('PENDING', 'PAID', 'REJECTED')),
    maker       varchar(100) not null,
    approver    varchar(100),
    movement_id bigint references funds_movement (id),
    created_at  timestamptz  not null default now(),
    decided_at  timestamptz,
    constraint funds_disbursement_four_eyes_ck check (approver is null or approver <> maker),
    constraint funds_disbursement_paid_ck check ((status = 'PAID') = (movement_id is not null))
);
create index funds_disbursement_fund_idx on funds_disbursement (fund_id, status);
