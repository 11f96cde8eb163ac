package vn.doanket.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for ind_data_value. Every write is conditional on the version read, so a lost update is impossible. */
@Repository
class DataValueStore {

    private static final String COLUMNS =
            """
            v.id, v.indicator_id, v.unit_id, v.period_id, v.option_code, v.numeric_value, v.text_value,
            v.boolean_value, v.comment, v.version, v.updated_by, v.updated_at
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    DataValueStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A row to insert or change: the checked value, the comment to keep and who saves it. */
    record Write(Prepared prepared, DataValue current, String comment, String actor) {}

    /**
     * Inserts the rows with one statement; a row another transaction inserted first is left out of
     * the result (the caller reports a conflict for it). Keyed by {@link #key}.
     *
     * <p>The statement inserts only rows whose indicator and unit exist: the table has no foreign keys
     * (V70), whose per-row checks cost a form saved for the first time as much as all its other writes.
     * The check sees every deletion committed before the insert was let in: an indicator's deletion
     * locks this table against writes first (see CatalogueEditor.delete). A row left out for it is also
     * left out of the result, and the caller tells the two cases apart.
     */
    Map<String, DataValue> insertAll(List<Write> rows, Instant now) {
        Map<String, DataValue> saved = new HashMap<>();
        if (rows.isEmpty()) {
            return saved;
        }
        int n = rows.size();
        Object[] ind = new Object[n], unit = new Object[n], per = new Object[n], type = new Object[n];
        Object[] start = new Object[n], end = new Object[n], opt = new Object[n], num = new Object[n];
        Object[] text = new Object[n], bool = new Object[n], comment = new Object[n], who = new Object[n];
        Map<Long, String> codes = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Prepared p = rows.get(i).prepared();
            who[i] = rows.get(i).actor();
            ind[i] = p.indicator().id();
            codes.put(p.indicator().id(), p.indicator().code());
            unit[i] = p.unit().id();
            per[i] = p.period().id();
            type[i] = p.period().type().name();
            start[i] = java.sql.Date.valueOf(p.period().start());
            end[i] = java.sql.Date.valueOf(p.period().end());
            opt[i] = p.option();
            num[i] = p.value().number();
            text[i] = p.value().text();
            bool[i] = p.value().answer();
            comment[i] = rows.get(i).comment();
        }
        template.execute((java.sql.Connection c) -> {
            try (var ps = c.prepareStatement(
                    """
                    insert into ind_data_value (indicator_id, unit_id, period_id, period_type, period_start,
                           period_end, option_code, numeric_value, text_value, boolean_value, comment, version,
                           created_by, created_at, updated_by, updated_at)
                    select t.i, t.u, t.p, t.y, t.s, t.e, t.o, t.num, t.txt, t.b, t.c, 1, t.w, ?, t.w, ?
                    from unnest(?::int8[], ?::int8[], ?::varchar[], ?::varchar[], ?::date[], ?::date[], ?::varchar[],
                                ?::numeric[], ?::varchar[], ?::bool[], ?::varchar[], ?::varchar[])
                         as t(i, u, p, y, s, e, o, num, txt, b, c, w)
                    where exists (select 1 from ind_indicator k where k.id = t.i)
                      and exists (select 1 from org_unit k where k.id = t.u)
                    order by t.i, t.u, t.p, t.o
                    on conflict (indicator_id, unit_id, period_id, option_code) do nothing
                    returning"""
                            + " " + COLUMNS.replace("v.", ""))) {
                Timestamp at = Timestamp.from(now);
                ps.setTimestamp(1, at);
                ps.setTimestamp(2, at);
                ps.setArray(3, c.createArrayOf("int8", ind));
                ps.setArray(4, c.createArrayOf("int8", unit));
                ps.setArray(5, c.createArrayOf("varchar", per));
                ps.setArray(6, c.createArrayOf("varchar", type));
                ps.setArray(7, c.createArrayOf("date", start));
                ps.setArray(8, c.createArrayOf("date", end));
                ps.setArray(9, c.createArrayOf("varchar", opt));
                ps.setArray(10, c.createArrayOf("numeric", num));
                ps.setArray(11, c.createArrayOf("varchar", text));
                ps.setArray(12, c.createArrayOf("bool", bool));
                ps.setArray(13, c.createArrayOf("varchar", comment));
                ps.setArray(14, c.createArrayOf("varchar", who));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        DataValue v = map(rs, codes.get(rs.getLong("indicator_id")));
                        saved.put(key(v), v);
                    }
                }
            }
            return null;
        });
        return saved;
    }

    /**
     * Changes the rows that still have the version read, with one statement; a row changed or removed
     * meanwhile is left out of the result. Keyed by id.
     */
    Map<Long, DataValue> updateAll(List<Write> rows, Instant now) {
        Map<Long, DataValue> saved = new HashMap<>();
        if (rows.isEmpty()) {
            return saved;
        }
        int n = rows.size();
        Object[] id = new Object[n], version = new Object[n], num = new Object[n], text = new Object[n];
        Object[] bool = new Object[n], comment = new Object[n], who = new Object[n];
        Map<Long, String> codes = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Write w = rows.get(i);
            who[i] = w.actor();
            id[i] = w.current().id();
            version[i] = w.current().version();
            num[i] = w.prepared().value().number();
            text[i] = w.prepared().value().text();
            bool[i] = w.prepared().value().answer();
            comment[i] = w.comment();
            codes.put(w.prepared().indicator().id(), w.prepared().indicator().code());
        }
        template.execute((java.sql.Connection c) -> {
            try (var ps = c.prepareStatement(
                    """
                    update ind_data_value v set numeric_value = t.num, text_value = t.txt, boolean_value = t.b,
                           comment = t.c, version = v.version + 1, updated_by = t.w, updated_at = ?
                    from unnest(?::int8[], ?::int4[], ?::numeric[], ?::varchar[], ?::bool[], ?::varchar[], ?::varchar[])
                         as t(id, ver, num, txt, b, c, w)
                    where v.id = t.id and v.version = t.ver
                    returning"""
                            + " " + COLUMNS)) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setArray(2, c.createArrayOf("int8", id));
                ps.setArray(3, c.createArrayOf("int4", version));
                ps.setArray(4, c.createArrayOf("numeric", num));
                ps.setArray(5, c.createArrayOf("varchar", text));
                ps.setArray(6, c.createArrayOf("bool", bool));
                ps.setArray(7, c.createArrayOf("varchar", comment));
                ps.setArray(8, c.createArrayOf("varchar", who));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        DataValue v = map(rs, codes.get(rs.getLong("indicator_id")));
                        saved.put(v.id(), v);
                    }
                }
            }
            return null;
        });
        return saved;
    }

    /** Deletes the rows that still have the version read, with one statement; returns the ids deleted. */
    java.util.Set<Long> deleteAll(List<DataValue> rows) {
        java.util.Set<Long> deleted = new java.util.HashSet<>();
        if (rows.isEmpty()) {
            return deleted;
        }
        Object[] id = rows.stream().map(DataValue::id).toArray();
        Object[] version = rows.stream().map(DataValue::version).toArray();
        template.execute((java.sql.Connection c) -> {
            try (var ps = c.prepareStatement(
                    """
                    delete from ind_data_value v using unnest(?::int8[], ?::int4[]) as t(id, ver)
                    where v.id = t.id and v.version = t.ver returning v.id""")) {
                ps.setArray(1, c.createArrayOf("int8", id));
                ps.setArray(2, c.createArrayOf("int4", version));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        deleted.add(rs.getLong(1));
                    }
                }
            }
            return null;
        });
        return deleted;
    }

    static String key(DataValue v) {
        return v.indicatorId() + "|" + v.unitId() + "|" + v.periodId() + "|" + v.option();
    }

    /**
     * The period types of the forms collecting each indicator (one query for a whole batch); an
     * indicator no form collects is absent.
     */
    Map<Long, List<PeriodType>> collectedPeriodTypes() {
        Map<Long, List<PeriodType>> byIndicator = new HashMap<>();
        jdbc.sql(
                        """
                        select distinct fi.indicator_id, f.period_type from ind_form f
                        join ind_form_indicator fi on fi.form_id = f.id""")
                .query(rs -> {
                    byIndicator
                            .computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                            .add(PeriodType.valueOf(rs.getString(2)));
                });
        return byIndicator;
    }

    Optional<DataValue> find(Indicator indicator, long unitId, Period period, String option) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + """
                         from ind_data_value v
                         where v.indicator_id = :i and v.unit_id = :u and v.period_id = :p and v.option_code = :o""")
                .param("i", indicator.id())
                .param("u", unitId)
                .param("p", period.id())
                .param("o", option)
                .query((rs, n) -> map(rs, indicator.code()))
                .optional();
    }

    /** All values of a unit and period (a form's saved fields). */
    List<DataValue> forUnit(long unitId, Period period) {
        return jdbc.sql(
                        "select " + COLUMNS + ", i.code as indicator_code "
                                + """
                         from ind_data_value v join ind_indicator i on i.id = v.indicator_id
                         where v.unit_id = :u and v.period_id = :p order by i.sort_order, v.option_code""")
                .param("u", unitId)
                .param("p", period.id())
                .query((rs, n) -> map(rs, rs.getString("indicator_code")))
                .list();
    }

    /**
     * What a save needs to know of one unit and period, read together: its stored values, the outlier
     * history of each field and the approved forms locking its indicators.
     */
    record FormState(List<DataValue> current, Map<String, OutlierCheck.History> histories, Map<Long, String> locks) {}

    /** A unit and period whose {@link FormState} a save needs. */
    record StateKey(long unitId, Period period) {
        String id() {
            return unitId + "|" + period.id();
        }
    }

    /**
     * One query for the saves of a round or an upload, whatever the number of units and periods they
     * touch, keyed by {@link StateKey#id()}. For each: the unit's values of the period (as
     * {@link #forUnit}); per {@code indicatorId|option}, the count, smallest and largest of its numeric
     * values in the {@code periods} periods of the same type just before (all the outlier check reads,
     * summed up in the database so a form with eight earlier quarters sends fifty rows back rather than
     * four hundred); and indicator id → name of the approved form locking it (what data entry refuses to
     * change). Eight forms saved together used to pay for eight of these round trips, each planned anew
     * by PostgreSQL.
     *
     * <p>The history is a range of the index on unit and period: within one period type ids sort as their
     * periods do ({@code 202407}, {@code 2024Q3}, {@code 2024S1}, {@code 2024N9}, {@code 2024}), and a
     * field has one value a period, so the read stays the same size however many years a unit has
     * reported, with no sorting to find the newest. Indicator codes come from {@code codes} (the
     * catalogue's cache), and from the database only for ids it does not know.
     */
    Map<String, FormState> formStates(
            java.util.Collection<StateKey> keys, int periods, java.util.function.LongFunction<String> codes) {
        Map<String, FormState> states = new java.util.LinkedHashMap<>();
        if (keys.isEmpty()) {
            return states;
        }
        int n = keys.size();
        Object[] units = new Object[n], ids = new Object[n], types = new Object[n], firsts = new Object[n];
        int k = 0;
        for (StateKey key : keys) {
            states.put(key.id(), new FormState(new java.util.ArrayList<>(), new HashMap<>(), new HashMap<>()));
            Period first = key.period();
            for (int back = 0; back < periods; back++) {
                first = first.previous();
            }
            units[k] = key.unitId();
            ids[k] = key.period().id();
            types[k] = key.period().type().name();
            firsts[k++] = first.id();
        }
        Map<Long, String> unknown = new HashMap<>();
        template.execute((java.sql.Connection c) -> {
            // PostgreSQL planned this statement anew on every call (1.3 ms a round on the saves bench): its
            // generic plan, costed for arrays of a hundred keys, never looked cheaper than a custom one for
            // eight. Its shape (an index probe per key) is the same for any number of keys, so it runs with
            // the generic plan, made once per connection; the caller's setting is back for what follows.
            String planning = c.getAutoCommit() ? null : genericPlans(c, "force_generic_plan");
            try (var ps = c.prepareStatement(
                    "with k as (select * from unnest(?::int8[], ?::varchar[], ?::varchar[], ?::varchar[]) as k(u, p, t, f))"
                            + " select 'V' as row_kind, k.u as key_unit, k.p as key_period, " + COLUMNS
                            + """
                             , null::varchar as form_name, null::bigint as history_count, null::numeric as history_max
                             from k cross join lateral (select * from ind_data_value v
                                                        where v.unit_id = k.u and v.period_id = k.p) v
                             union all
                             select 'H', k.u, k.p, null, h.indicator_id, null, null, h.option_code, h.lo, null, null,
                                    null, null, null, null, null, h.n, h.hi
                             from k cross join lateral (
                                 select v.indicator_id, v.option_code, min(v.numeric_value) as lo, count(*) as n,
                                        max(v.numeric_value) as hi
                                 from ind_data_value v
                                 where v.unit_id = k.u and v.period_id >= k.f and v.period_id < k.p
                                   and v.period_type = k.t and v.numeric_value is not null
                                 group by v.indicator_id, v.option_code) h
                             union all
                             select 'L', k.u, k.p, null, fi.indicator_id, null, null, null, null, null, null, null, null,
                                    null, null, f.name_vi, null, null
                             from k join ind_submission s on s.unit_id = k.u and s.period_id = k.p
                             join ind_form_indicator fi on fi.form_id = s.form_id
                             join ind_form f on f.id = s.form_id
                             where s.status = 'APPROVED'""")) {
                ps.setArray(1, c.createArrayOf("int8", units));
                ps.setArray(2, c.createArrayOf("varchar", ids));
                ps.setArray(3, c.createArrayOf("varchar", types));
                ps.setArray(4, c.createArrayOf("varchar", firsts));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        FormState state = states.get(rs.getLong("key_unit") + "|" + rs.getString("key_period"));
                        String kind = rs.getString("row_kind");
                        if ("L".equals(kind)) {
                            state.locks().putIfAbsent(rs.getLong("indicator_id"), rs.getString("form_name"));
                        } else if ("V".equals(kind)) {
                            long indicator = rs.getLong("indicator_id");
                            String code = codes.apply(indicator);
                            if (code == null) {
                                unknown.put(indicator, null);
                            }
                            state.current().add(map(rs, code));
                        } else {
                            state.histories()
                                    .put(
                                            rs.getLong("indicator_id") + "|" + rs.getString("option_code"),
                                            new OutlierCheck.History(
                                                    rs.getLong("history_count"),
                                                    rs.getBigDecimal("numeric_value"),
                                                    rs.getBigDecimal("history_max")));
                        }
                    }
                }
            }
            if (planning != null) { // after a failure the transaction is over, and the setting with it
                genericPlans(c, planning);
            }
            return null;
        });
        if (!unknown.isEmpty()) {
            // an indicator the caller's catalogue does not know yet (created in this transaction)
            jdbc.sql("select id, code from ind_indicator where id in (:ids)")
                    .param("ids", unknown.keySet())
                    .query(rs -> {
                        unknown.put(rs.getLong(1), rs.getString(2));
                    });
            for (FormState state : states.values()) {
                state.current()
                        .replaceAll(v -> v.indicatorCode() != null ? v : withCode(v, unknown.get(v.indicatorId())));
            }
        }
        return states;
    }

    /** Sets plan_cache_mode for the rest of the transaction; returns what it was. */
    private static String genericPlans(java.sql.Connection c, String mode) throws SQLException {
        try (var ps = c.prepareStatement(
                "select current_setting('plan_cache_mode'), set_config('plan_cache_mode', ?, true)")) {
            ps.setString(1, mode);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static DataValue withCode(DataValue v, String code) {
        return new DataValue(
                v.id(),
                v.indicatorId(),
                code,
                v.unitId(),
                v.periodId(),
                v.option(),
                v.number(),
                v.text(),
                v.answer(),
                v.comment(),
                v.version(),
                v.updatedBy(),
                v.updatedAt());
    }

    /** Whether the indicator exists now (a value's insert leaves out rows of a deleted one). */
    boolean indicatorExists(long indicatorId) {
        return jdbc.sql("select exists (select 1 from ind_indicator where id = :id)")
                .param("id", indicatorId)
                .query(Boolean.class)
                .single();
    }

    /** Updates if the row still has the version read; empty otherwise. */
    Optional<DataValue> update(
            Indicator indicator, DataValue current, TypedValue value, String comment, String actor, Instant now) {
        return jdbc.sql(
                        """
                        update ind_data_value set numeric_value = :num, text_value = :text, boolean_value = :bool,
                               comment = :comment, version = version + 1, updated_by = :actor, updated_at = :now
                        where id = :id and version = :version
                        returning \s"""
                                + COLUMNS.replace("v.", ""))
                .param("num", value.number())
                .param("text", value.text())
                .param("bool", value.answer())
                .param("comment", comment)
                .param("actor", actor)
                .param("now", Timestamp.from(now))
                .param("id", current.id())
                .param("version", current.version())
                .query((rs, n) -> map(rs, indicator.code()))
                .optional();
    }

    boolean delete(DataValue current) {
        return jdbc.sql("delete from ind_data_value where id = :id and version = :version")
                        .param("id", current.id())
                        .param("version", current.version())
                        .update()
                > 0;
    }

    /** Period types of the forms that collect an indicator; empty when no form does. */
    List<PeriodType> collectedPeriodTypes(long indicatorId) {
        return jdbc.sql(
                        """
                        select distinct f.period_type from ind_form f
                        join ind_form_indicator fi on fi.form_id = f.id where fi.indicator_id = :i""")
                .param("i", indicatorId)
                .query((rs, n) -> PeriodType.valueOf(rs.getString(1)))
                .list();
    }

    private static DataValue map(ResultSet rs, String indicatorCode) throws SQLException {
        return new DataValue(
                rs.getLong("id"),
                rs.getLong("indicator_id"),
                indicatorCode,
                rs.getLong("unit_id"),
                rs.getString("period_id"),
                rs.getString("option_code"),
                TypedValue.plain(rs.getBigDecimal("numeric_value")),
                rs.getString("text_value"),
                (Boolean) rs.getObject("boolean_value"),
                rs.getString("comment"),
                rs.getInt("version"),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
