package vn.doanket.indicators.web;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.indicators.DataValue;
import vn.doanket.indicators.Period;
import vn.doanket.organization.Unit;

/**
 * Reads stored values for pages that show many units at once (the grid, the template, the subtree
 * total), one query each instead of one per unit, over the table the indicators module documents.
 */
@Component
class EntryQueries {

    private final JdbcClient jdbc;

    EntryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Values of the units for the period, by unit id, then by indicator code and option. */
    @Transactional(readOnly = true)
    Map<Long, Map<String, DataValue>> values(Collection<Unit> units, Period period) {
        Map<Long, Map<String, DataValue>> out = new HashMap<>();
        if (units.isEmpty()) {
            return out;
        }
        // one array parameter: a list expanded into "in (?, ?, ...)" stopped at the driver's 65,535
        // parameters, and a national template of the residential areas' form names 92,000 units
        long[] ids = units.stream().mapToLong(Unit::id).toArray();
        jdbc.sql(
                        """
                        select v.id, v.indicator_id, i.code, v.unit_id, v.period_id, v.option_code, v.numeric_value,
                               v.text_value, v.boolean_value, v.comment, v.version, v.updated_by, v.updated_at
                        from ind_data_value v join ind_indicator i on i.id = v.indicator_id
                        where v.unit_id = any(:ids) and v.period_id = :p""")
                .param("ids", ids)
                .param("p", period.id())
                .query(EntryQueries::map)
                .list()
                .forEach(v -> out.computeIfAbsent(v.unitId(), k -> new HashMap<>())
                        .put(v.indicatorCode() + "|" + v.option(), v));
        return out;
    }

    /**
     * The sum of numeric values entered by the units below {@code root} (not by itself) for the
     * period, by indicator code: what the lower levels reported so far.
     */
    @Transactional(readOnly = true)
    Map<String, BigDecimal> subtreeSums(Unit root, Period period, List<String> indicatorCodes) {
        Map<String, BigDecimal> out = new HashMap<>();
        if (indicatorCodes.isEmpty()) {
            return out;
        }
        jdbc.sql(
                        """
                        select i.code, sum(v.numeric_value) from ind_data_value v
                        join ind_indicator i on i.id = v.indicator_id
                        join org_unit u on u.id = v.unit_id
                        where u.path like :prefix and v.unit_id <> :root and v.period_id = :p and i.code in (:codes)
                          and v.numeric_value is not null
                        group by i.code""")
                .param("prefix", root.treePath() + "%")
                .param("root", root.id())
                .param("p", period.id())
                .param("codes", new ArrayList<>(indicatorCodes))
                .query((rs, n) -> Map.entry(rs.getString(1), plain(rs.getBigDecimal(2))))
                .list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static DataValue map(ResultSet rs, int n) throws SQLException {
        return new DataValue(
                rs.getLong("id"),
                rs.getLong("indicator_id"),
                rs.getString("code"),
                rs.getLong("unit_id"),
                rs.getString("period_id"),
                rs.getString("option_code"),
                plain(rs.getBigDecimal("numeric_value")),
                rs.getString("text_value"),
                (Boolean) rs.getObject("boolean_value"),
                rs.getString("comment"),
                rs.getInt("version"),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }

    static BigDecimal plain(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
