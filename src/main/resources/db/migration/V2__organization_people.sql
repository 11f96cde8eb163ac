-- Why: a report names who chaired and who spoke, and a unit page shows its leadership. People hold
-- positions in a unit for a span of dates inside a term (nhiệm kỳ) elected at a congress.
create table org_person (
    id          bigserial primary key,
    full_name   varchar(120) not null,
    gender      varchar(8)   check (gender in ('NAM', 'NU', 'KHAC')),
    birth_year  smallint     check (birth_year between 1900 and 2100),
    phone       varchar(30),
    email       varchar(120),
    search_text varchar(200) not null,
    version     integer not null default 0
);

create table org_position (
    id          bigserial primary key,
    person_id   bigint not null references org_person (id),
    unit_id     bigint not null references org_unit (id),
    title       varchar(40) not null,
    term_start  smallint not null,
    term_end    smallint not null,
    starts_on   date not null,
    ends_on     date,
    version     integer not null default 0,
    constraint org_position_term_ck check (term_end > term_start),
    constraint org_position_dates_ck check (ends_on is null or ends_on >= starts_on)
);
create index org_position_unit_idx on org_position (unit_id, starts_on);
create index org_position_person_idx on org_position (person_id);
