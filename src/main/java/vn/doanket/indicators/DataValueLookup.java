package vn.doanket.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads stored values in bulk, with who last entered each, when and the comment (for a value read out
 * of a narrative report, its source): the entries behind a figure, for many units in a few queries.
 */
@Service
@Transactional(readOnly = true)
public class DataValueLookup {

    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;

    DataValueLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The values of one indicator for the given units and period ids, every breakdown option. */
    public List<DataValue> find(Indicator indicator, Collection<Long> unitIds, Collection<String> periodIds) {
        if (unitIds.isEmpty() || periodIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(unitIds));
        List<DataValue> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            out.addAll(jdbc.sql(
                            """
                            select id, unit_id, period_id, option_code, numeric_value, text_value, boolean_value,
                                   comment, version, updated_by, updated_at
                            from ind_data_value
                            where indicator_id = :i and unit_id in (:u) and period_id in (:p)""")
                    .param("i", indicator.id())
                    .param("u", ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .param("p", List.copyOf(periodIds))
                    .query((rs, n) -> new DataValue(
                            rs.getLong("id"),
                            indicator.id(),
                            indicator.code(),
                            rs.getLong("unit_id"),
                            rs.getString("period_id"),
                            rs.getString("option_code"),
                            TypedValue.plain(rs.getBigDecimal("numeric_value")),
                            rs.getString("text_value"),
                            (Boolean) rs.getObject("boolean_value"),
                            rs.getString("comment"),
                            rs.getInt("version"),
                            rs.getString("updated_by"),
                            rs.getTimestamp("updated_at").toInstant()))
                    .list());
        }
        return out;
    }

    /** A Java array bound as one SQL array parameter (the statement stays the same whatever its length). */
    private record SqlArray(String type, Object[] values) implements org.springframework.jdbc.core.SqlTypeValue {
        @Override
        public void setTypeValue(java.sql.PreparedStatement ps, int index, int sqlType, String typeName)
                throws java.sql.SQLException {
            ps.setArray(index, ps.getConnection().createArrayOf(type, values));
        }
    }

    /** A field by ids: the indicator, unit, period id and breakdown option ({@code DEFAULT} when none). */
    public record Field(long indicatorId, long unitId, String periodId, String option) {}

    /**
     * The committed figure of each field that holds a number or a yes/no answer (yes is 1, no is 0),
     * in one query; fields without a value, or with text, are absent from the answer.
     */
    public java.util.Map<Field, java.math.BigDecimal> figures(Collection<Field> fields) {
        java.util.Map<Field, java.math.BigDecimal> out = new java.util.HashMap<>();
        if (fields.isEmpty()) {
            return out;
        }
        int n = fields.size();
        Long[] is = new Long[n];
        Long[] us = new Long[n];
        String[] ps = new String[n];
        String[] os = new String[n];
        int k = 0;
        for (Field f : fields) {
            is[k] = f.indicatorId();
            us[k] = f.unitId();
            ps[k] = f.periodId();
            os[k++] = f.option();
        }
        jdbc.sql(
                        """
                        select v.indicator_id, v.unit_id, v.period_id, v.option_code, v.numeric_value, v.boolean_value
                        from unnest(:i::bigint[], :u::bigint[], :p::varchar[], :o::varchar[]) as t(i, u, p, o)
                        join ind_data_value v
                          on v.indicator_id = t.i and v.unit_id = t.u and v.period_id = t.p and v.option_code = t.o""")
                .param("i", new SqlArray("int8", is))
                .param("u", new SqlArray("int8", us))
                .param("p", new SqlArray("varchar", ps))
                .param("o", new SqlArray("varchar", os))
                .query(rs -> {
                    java.math.BigDecimal number = rs.getBigDecimal(5);
                    Boolean answer = (Boolean) rs.getObject(6);
                    java.math.BigDecimal figure = number != null
                            ? number
                            : answer == null ? null : answer ? java.math.BigDecimal.ONE : java.math.BigDecimal.ZERO;
                    if (figure != null) {
                        out.put(new Field(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)), figure);
                    }
                });
        return out;
    }
}
