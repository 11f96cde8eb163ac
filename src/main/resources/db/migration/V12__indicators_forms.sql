-- Why: units do not report indicators one by one; they fill a report form (báo cáo quý, báo cáo năm)
-- for a period, by a deadline, and the level above checks who has reported. A form names its
-- indicators, its period type, the kinds of unit that fill it and the days allowed after the end of
-- the period's data window; it is assigned to the units of a kind within a subtree (or the country).
create table ind_form (
    id            bigserial    primary key,
    code          varchar(40)  not null unique check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name_vi       varchar(300) not null,
    name_en       varchar(300) not null,
    period_type   varchar(12)  not null check (period_type in
                    ('MONTHLY', 'QUARTERLY', 'SIX_MONTHLY', 'NINE_MONTHLY', 'YEARLY')),
    levels        varchar(24)[] not null check (cardinality(levels) > 0),
    deadline_days smallint     not null default 5 check (deadline_days between 0 and 365),
    version       integer      not null default 0
);

create table ind_form_indicator (
    form_id      bigint  not null references ind_form (id),
    indicator_id bigint  not null references ind_indicator (id),
    sort_order   integer not null default 0,
    primary key (form_id, indicator_id)
);
create index ind_form_indicator_indicator_idx on ind_form_indicator (indicator_id);

-- root_unit_id null: every unit of that kind in the country.
create table ind_form_assignment (
    id           bigserial   primary key,
    form_id      bigint      not null references ind_form (id),
    unit_kind    varchar(24) not null,
    root_unit_id bigint references org_unit (id)
);
create unique index ind_form_assignment_uq on ind_form_assignment (form_id, unit_kind, coalesce(root_unit_id, 0));

insert into ind_form (code, name_vi, name_en, period_type, levels, deadline_days) values
    ('BC_QUY_XA', 'Báo cáo kết quả công tác Mặt trận quý (cấp xã)',
     'Quarterly report on the work of the Front (commune)', 'QUARTERLY', '{COMMUNE}', 5),
    ('BC_NAM_XA', 'Báo cáo tổng kết công tác Mặt trận năm (cấp xã)',
     'Annual report on the work of the Front (commune)', 'YEARLY', '{COMMUNE}', 10),
    ('BC_NAM_KDC', 'Báo cáo năm của Ban Công tác Mặt trận khu dân cư',
     'Annual report of a residential-area Front work committee', 'YEARLY', '{RESIDENTIAL_AREA}', 7);

insert into ind_form_indicator (form_id, indicator_id, sort_order)
select f.id, i.id, x.ord
from (values
    ('BC_QUY_XA', 'SUPERVISIONS', 1), ('BC_QUY_XA', 'CRITICISM_CONFERENCES', 2), ('BC_QUY_XA', 'RECOMMENDATIONS', 3),
    ('BC_QUY_XA', 'RECOMMENDATIONS_ADOPTED', 4), ('BC_QUY_XA', 'DRAFT_COMMENTS', 5), ('BC_QUY_XA', 'VOTER_MEETINGS', 6),
    ('BC_QUY_XA', 'VOTER_ATTENDANCE', 7), ('BC_QUY_XA', 'VOTER_OPINIONS', 8), ('BC_QUY_XA', 'PETITIONS_ANSWERED', 9),
    ('BC_QUY_XA', 'UNITY_HOUSES_BUILT', 10), ('BC_QUY_XA', 'UNITY_HOUSES_REPAIRED', 11),
    ('BC_QUY_XA', 'UNITY_HOUSES_VALUE', 12), ('BC_QUY_XA', 'FUND_POOR_RAISED', 13), ('BC_QUY_XA', 'FUND_POOR_SPENT', 14),
    ('BC_QUY_XA', 'RELIEF_RAISED', 15), ('BC_QUY_XA', 'TET_HOUSEHOLDS', 16), ('BC_QUY_XA', 'TET_VALUE', 17),
    ('BC_QUY_XA', 'POOR_HH_SUPPORTED', 18), ('BC_QUY_XA', 'SUPPORT_MAX_PER_HH', 19),
    ('BC_QUY_XA', 'BLOOD_REGISTERED', 20), ('BC_QUY_XA', 'BLOOD_UNITS', 21), ('BC_QUY_XA', 'ENLISTMENT', 22),
    ('BC_QUY_XA', 'DIGITAL_ID_ELIGIBLE', 23), ('BC_QUY_XA', 'DIGITAL_ID_ACTIVATED', 24), ('BC_QUY_XA', 'DEATHS', 25),
    ('BC_QUY_XA', 'CREMATIONS', 26), ('BC_QUY_XA', 'FRONT_CONFERENCES', 27), ('BC_QUY_XA', 'OUTREACH_SESSIONS', 28),
    ('BC_QUY_XA', 'OUTREACH_ATTENDANCE', 29), ('BC_QUY_XA', 'HIGHLIGHTS', 30),
    ('BC_NAM_XA', 'HH_TOTAL', 1), ('BC_NAM_XA', 'HH_CULTURAL', 2), ('BC_NAM_XA', 'RA_TOTAL', 3),
    ('BC_NAM_XA', 'RA_CULTURAL', 4), ('BC_NAM_XA', 'NEW_RURAL_COMMUNE', 5), ('BC_NAM_XA', 'OCOP_PRODUCTS', 6),
    ('BC_NAM_XA', 'FUND_SEA_ISLANDS', 7), ('BC_NAM_XA', 'TREES_PLANTED', 8), ('BC_NAM_XA', 'EMULATION_SCORE', 9),
    ('BC_NAM_XA', 'SATISFACTION_SHARE', 10), ('BC_NAM_XA', 'HIGHLIGHTS', 11),
    ('BC_NAM_KDC', 'UNITY_FESTIVAL_HELD', 1), ('BC_NAM_KDC', 'RA_MODEL_REGISTERED', 2), ('BC_NAM_KDC', 'HIGHLIGHTS', 3)
) as x (form, indicator, ord)
join ind_form f on f.code = x.form
join ind_indicator i on i.code = x.indicator;

insert into ind_form_assignment (form_id, unit_kind, root_unit_id)
select id, 'COMMUNE', cast(null as bigint) from ind_form where code in ('BC_QUY_XA', 'BC_NAM_XA')
union all
select id, 'RESIDENTIAL_AREA', cast(null as bigint) from ind_form where code = 'BC_NAM_KDC';
