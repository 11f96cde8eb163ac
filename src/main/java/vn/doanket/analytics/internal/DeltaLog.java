package vn.doanket.analytics.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Appends changes of totals to ana_delta in one statement (a change of split weights writes here);
 * {@link DeltaFolder} moves the deltas into ana_aggregate and every read adds the ones not folded yet.
 */
@Component
class DeltaLog {

    record Delta(
            long indicatorId,
            String periodId,
            LocalDate tree,
            long unitId,
            BigDecimal sum,
            long count,
            long yes,
            BigDecimal max) {}

    private final JdbcTemplate jdbc;

    DeltaLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void append(List<Delta> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        int n = deltas.size();
        Integer[] ind = new Integer[n];
        String[] per = new String[n];
        Date[] tree = new Date[n];
        Integer[] unit = new Integer[n];
        BigDecimal[] sum = new BigDecimal[n];
        Long[] count = new Long[n];
        Long[] yes = new Long[n];
        BigDecimal[] max = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            Delta d = deltas.get(i);
            ind[i] = (int) d.indicatorId();
            per[i] = d.periodId();
            tree[i] = Date.valueOf(d.tree());
            unit[i] = (int) d.unitId();
            sum[i] = d.sum();
            count[i] = d.count();
            yes[i] = d.yes();
            max[i] = d.max();
        }
        jdbc.execute((java.sql.Connection c) -> {
            try (var ps = c.prepareStatement(
                    """
                    insert into ana_delta (indicator_id, period_id, tree_from, unit_id, sum, count, yes, max)
                    select * from unnest(?::int[], ?::varchar[], ?::date[], ?::int[], ?::numeric[], ?::bigint[], ?::bigint[], ?::numeric[])""")) {
                ps.setArray(1, c.createArrayOf("int4", ind));
                ps.setArray(2, c.createArrayOf("varchar", per));
                ps.setArray(3, c.createArrayOf("date", tree));
                ps.setArray(4, c.createArrayOf("int4", unit));
                ps.setArray(5, c.createArrayOf("numeric", sum));
                ps.setArray(6, c.createArrayOf("int8", count));
                ps.setArray(7, c.createArrayOf("int8", yes));
                ps.setArray(8, c.createArrayOf("numeric", max));
                ps.executeUpdate();
            }
            return null;
        });
    }
}
