-- Why: figures read out of a narrative report are only proposals until a person checks them. We keep
-- the source document as it was read (its text, so every span stays valid), each quantity found with
-- its exact span and what the extractor proposed, and the reviewer's decision with the accepted value,
-- indicator, period and unit, so an accepted figure can always be traced back to the sentence it came from.
create table rep_source_document (
    id           bigserial primary key,
    unit_id      bigint       not null references org_unit (id),
    file_name    varchar(255),
    body         text         not null,
    uploaded_by  varchar(100) not null,
    uploaded_at  timestamptz  not null default now()
);
create index rep_source_document_unit_idx on rep_source_document (unit_id, uploaded_at desc);

create table rep_extracted_figure (
    id                 bigserial primary key,
    document_id        bigint        not null references rep_source_document (id) on delete cascade,
    span_start         integer       not null,
    span_end           integer       not null,
    span_text          varchar(500)  not null,
    value              numeric(24, 6) not null,
    unit_of_measure    varchar(60),
    qualifier          varchar(40),
    ratio_of           numeric(24, 6),
    proposed_indicator varchar(60),
    proposed_period    varchar(12),
    proposed_unit_name varchar(200),
    confidence         numeric(3, 2) not null check (confidence between 0 and 1),
    status             varchar(12)   not null default 'PROPOSED'
                       check (status in ('PROPOSED', 'ACCEPTED', 'CORRECTED', 'REJECTED')),
    accepted_value     numeric(24, 6),
    accepted_indicator varchar(60),
    accepted_period    varchar(12),
    accepted_unit_id   bigint references org_unit (id),
    accepted_option    varchar(60),
    data_value_id      bigint,
    reviewed_by        varchar(100),
    reviewed_at        timestamptz,
    version            integer       not null default 0,
    constraint rep_extracted_figure_span_ck check (span_start >= 0 and span_end > span_start),
    constraint rep_extracted_figure_accepted_ck check (
        status not in ('ACCEPTED', 'CORRECTED')
        or (accepted_value is not null and accepted_indicator is not null and accepted_period is not null
            and accepted_unit_id is not null))
);
create index rep_extracted_figure_document_idx on rep_extracted_figure (document_id, span_start);
create index rep_extracted_figure_accepted_idx on rep_extracted_figure (accepted_indicator, accepted_period)
    where status in ('ACCEPTED', 'CORRECTED');
