-- Why: every conference of the Front (tổng kết năm, sơ kết 6 tháng, giao ban quý) rests on a report,
-- ends with conclusions and key tasks for the next period, and those tasks are followed up by the
-- unit that owns them. The conference is kept with its minutes' content; each task has an owner
-- unit and a due date so overdue tasks can be listed for that unit.
create table rep_conference (
    id             bigserial     primary key,
    unit_id        bigint        not null references org_unit (id),
    kind           varchar(12)   not null check (kind in ('ANNUAL', 'HALF_YEAR', 'QUARTERLY')),
    held_on        date          not null,
    place          varchar(300)  not null,
    chair          varchar(200)  not null,
    attendees      text          not null default '',
    report_period  varchar(8),
    conclusions    text          not null default '',
    created_by     varchar(100)  not null,
    created_at     timestamptz   not null default now()
);
create index rep_conference_unit_idx on rep_conference (unit_id, held_on desc);

create table rep_conference_task (
    id             bigserial     primary key,
    conference_id  bigint        not null references rep_conference (id) on delete cascade,
    position       smallint      not null,
    description    varchar(1000) not null,
    owner_unit_id  bigint        not null references org_unit (id),
    due_on         date          not null,
    done_on        date
);
create index rep_conference_task_owner_idx on rep_conference_task (owner_unit_id, due_on) where done_on is null;
