-- Why: every account belongs to one home unit and sees that unit's subtree only; roles say what it
-- may do there. Failed logins are counted per account so repeated guessing locks it for a while.
create table identity_account (
    id              bigserial primary key,
    username        varchar(60)  not null,
    display_name    varchar(120) not null,
    password_hash   varchar(200) not null,
    home_unit_id    bigint       not null references org_unit (id),
    enabled         boolean      not null default true,
    failed_attempts integer      not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz  not null default now(),
    version         integer      not null default 0,
    constraint identity_account_username_uq unique (username),
    constraint identity_account_username_ck check (username ~ '^[a-z0-9][a-z0-9._-]{1,59}$')
);
create index identity_account_home_idx on identity_account (home_unit_id);

create table identity_account_role (
    account_id bigint      not null references identity_account (id),
    role       varchar(20) not null check (role in ('ADMIN', 'LEADER', 'OFFICER', 'DATA_ENTRY', 'VIEWER')),
    primary key (account_id, role)
);
