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
}
