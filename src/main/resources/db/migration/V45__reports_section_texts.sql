-- Why: a generated report is figures plus what the committee writes about them. The text a user
-- writes for each section (and the header details: number, signer, recipients) must survive
-- regenerating the report when figures change, so it is kept per unit, period and section key.
create table rep_section_text (
    unit_id     bigint       not null references org_unit (id),
    period_id   varchar(8)   not null,
    section_key varchar(40)  not null check (section_key ~ '^[a-z][a-z_]*$'),
    body        text         not null check (length(body) <= 20000),
    updated_by  varchar(100) not null,
    updated_at  timestamptz  not null default now(),
    version     integer      not null default 1,
    primary key (unit_id, period_id, section_key)
);
