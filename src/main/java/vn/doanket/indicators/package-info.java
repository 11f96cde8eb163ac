/**
 * Indicators, periods, targets, data entry and approval of the Front's periodic reports.
 *
 * <h2>API</h2>
 * <ul>
 *   <li>{@link vn.doanket.indicators.Period} (DHIS2 ids {@code 2024}, {@code 2024S1}, {@code 2024Q3},
 *       {@code 202407}, plus {@code 2024N9}) and {@link vn.doanket.indicators.PeriodCalendar} (cut-off
 *       windows per Nghị định 09/2019, configured by {@code doanket.periods.*}).
 *   <li>{@link vn.doanket.indicators.IndicatorCatalogue}: indicators, value types, aggregation rules,
 *       entry levels and breakdowns. {@link vn.doanket.indicators.Tally} holds the aggregation arithmetic
 *       (mergeable, so shares come from counts and ratios from totals).
 *   <li>{@link vn.doanket.indicators.ReportForms}, {@link vn.doanket.indicators.Targets},
 *       {@link vn.doanket.indicators.DataEntry}, {@link vn.doanket.indicators.Submissions}.
 * </ul>
 * The facades do not know users: the web layer checks that the signed-in user belongs to the unit
 * that acts. Every change is written to the audit trail in the same transaction.
 *
 * <h2>Events</h2>
 * Published with Spring's {@code ApplicationEventPublisher} inside the changing transaction. A plain
 * {@code @EventListener} runs in that transaction (what analytics does, so totals commit or roll back
 * with the value; its failure refuses the save); {@code @ApplicationModuleListener} runs after commit,
 * so a rolled-back upload announces nothing:
 * <ul>
 *   <li>{@link vn.doanket.indicators.DataValuesSaved}: one per save (a value, a form, a list or an
 *       upload), holding a {@link vn.doanket.indicators.DataValueSaved} per created, changed or removed
 *       value, with the number or yes/no answer before and after, so an aggregate can be updated by the
 *       difference. Saving identical values publishes nothing.
 *   <li>{@link vn.doanket.indicators.TargetSet}, {@link vn.doanket.indicators.FormSubmitted},
 *       {@link vn.doanket.indicators.FormApproved}, {@link vn.doanket.indicators.FormReturned}.
 * </ul>
 *
 * <h2>Reading raw values with SQL</h2>
 * Table {@code ind_data_value}, one row per (indicator, unit, period, breakdown option):
 * <pre>
 * id             bigint        primary key
 * indicator_id   bigint        → ind_indicator.id (code, value_type, aggregation, time_aggregation,
 *                              numerator_id, denominator_id, ratio_factor)
 * unit_id        bigint        → org_unit.id: the unit the value was reported for, which may be a
 *                              historic unit (valid_to set); roll it up through org_unit_lineage
 * period_id      varchar(8)    '2024', '2024S1', '2024N9', '2024Q3', '202407'
 * period_type    varchar(12)   MONTHLY | QUARTERLY | SIX_MONTHLY | NINE_MONTHLY | YEARLY
 * period_start   date          first calendar day of the period (not the data cut-off)
 * period_end     date          last calendar day of the period
 * option_code    varchar(40)   breakdown option (ind_category_option.code) or 'DEFAULT'
 * numeric_value  numeric(24,4) INTEGER, DECIMAL, MONEY (đồng), SHARE (0–100) values
 * boolean_value  boolean       YES_NO values
 * text_value     varchar(4000) TEXT values
 *                              (exactly one of the three value columns is non-null)
 * comment        varchar(1000)
 * version        integer       1 on insert, +1 per change (optimistic locking)
 * created_by, created_at, updated_by, updated_at
 * unique (indicator_id, unit_id, period_id, option_code); index (unit_id, period_id)
 * </pre>
 * A value is removed by deleting its row. A RATIO indicator has no rows: compute it as
 * {@code ratio_factor × total(numerator) / total(denominator)}, each total by its own rules. An
 * indicator with a breakdown has no 'DEFAULT' row; its total is the sum over options. Aggregate over
 * time within each unit first (LATEST takes the last period's value), then over units.
 * Targets are in {@code ind_target (indicator_id, unit_id, period_id, target_value)}; approval state in
 * {@code ind_submission (form_id, unit_id, period_id, status)}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators")
package vn.doanket.indicators;
