package vn.doanket.indicators;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    DataValueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** Inserts unless another transaction got there first (then empty: the caller reports a conflict). */
    Optional<DataValue> insert(
            Indicator indicator,
            long unitId,
            Period period,
            String option,
            TypedValue value,
            String comment,
            String actor,
            Instant now) {
        return jdbc.sql(
                        """
                        insert into ind_data_value (indicator_id, unit_id, period_id, period_type, period_start,
                               period_end, option_code, numeric_value, text_value, boolean_value, comment, version,
                               created_by, created_at, updated_by, updated_at)
                        values (:i, :u, :p, :type, :start, :end, :o, :num, :text, :bool, :comment, 1,
                                :actor, :now, :actor, :now)
                        on conflict (indicator_id, unit_id, period_id, option_code) do nothing
                        returning \s"""
                                + COLUMNS.replace("v.", ""))
                .param("i", indicator.id())
                .param("u", unitId)
                .param("p", period.id())
                .param("type", period.type().name())
                .param("start", period.start())
                .param("end", period.end())
                .param("o", option)
                .param("num", value.number())
                .param("text", value.text())
                .param("bool", value.answer())
                .param("comment", comment)
                .param("actor", actor)
                .param("now", Timestamp.from(now))
                .query((rs, n) -> map(rs, indicator.code()))
                .optional();
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

    /** Indicator id → name of the approved form locking it, for one unit and period (one query per batch). */
    Map<Long, String> lockingForms(long unitId, Period period) {
        Map<Long, String> locked = new HashMap<>();
        jdbc.sql(
                        """
                        select fi.indicator_id, f.name_vi from ind_submission s
                        join ind_form_indicator fi on fi.form_id = s.form_id
                        join ind_form f on f.id = s.form_id
                        where s.unit_id = :u and s.period_id = :p and s.status = 'APPROVED'""")
                .param("u", unitId)
                .param("p", period.id())
                .query((rs, n) -> locked.putIfAbsent(rs.getLong(1), rs.getString(2)))
                .list();
        return locked;
    }

    /**
     * The unit's earlier numeric values of the period's type, newest first, per
     * {@code indicatorId|option}, at most {@code limit} each: the outlier history of a whole form in one query.
     */
    Map<String, List<BigDecimal>> histories(long unitId, Period period, int limit) {
        Map<String, List<BigDecimal>> byKey = new HashMap<>();
        jdbc.sql(
                        """
                        select indicator_id, option_code, numeric_value from ind_data_value
                        where unit_id = :u and period_type = :type and period_end < :start and numeric_value is not null
                        order by period_end desc""")
                .param("u", unitId)
                .param("type", period.type().name())
                .param("start", period.start())
                .query((rs, n) -> {
                    List<BigDecimal> list = byKey.computeIfAbsent(
                            rs.getLong(1) + "|" + rs.getString(2), k -> new java.util.ArrayList<>());
                    if (list.size() < limit) {
                        list.add(rs.getBigDecimal(3));
                    }
                    return null;
                })
                .list();
        return byKey;
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
