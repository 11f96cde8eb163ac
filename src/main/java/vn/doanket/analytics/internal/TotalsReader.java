package vn.doanket.analytics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.Period;
import vn.doanket.indicators.PeriodType;

/**
 * Reads tallies: for committees, their aggregate row plus the deltas not folded yet (two index
 * lookups per batch of units); for leaves (residential areas), their own values through the time rule.
 */
@Component
public class TotalsReader {

    public record Key(long unitId, String periodId) {}

    private final JdbcClient jdbc;
    private final Hierarchy hierarchy;

    TotalsReader(JdbcClient jdbc, Hierarchy hierarchy) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
    }

    public Map<Key, Totals> read(
            Indicator indicator, LocalDate tree, Collection<Long> units, Collection<Period> periods) {
        List<Long> committees = new ArrayList<>();
        List<Long> leaves = new ArrayList<>();
        for (long u : units) {
            (hierarchy.isLeaf(u) ? leaves : committees).add(u);
        }
        Map<Key, Totals> out = new HashMap<>();
        if (!committees.isEmpty()) {
            readCommittees(indicator, tree, committees, periods, out);
        }
        if (!leaves.isEmpty()) {
            readLeaves(indicator, leaves, periods, out);
        }
        return out;
    }

    private void readCommittees(
            Indicator indicator, LocalDate tree, List<Long> units, Collection<Period> periods, Map<Key, Totals> out) {
        List<String> ids = periods.stream().map(Period::id).toList();
        jdbc.sql(
                        """
                        select unit_id, period_id, sum(sum), sum(count), sum(yes), max(max) from (
                            select unit_id, period_id, sum, count, yes, max from ana_aggregate
                            where indicator_id = :i and tree_from = :t and period_id in (:p) and unit_id in (:u)
                            union all
                            select unit_id, period_id, sum, count, yes, max from ana_delta
                            where indicator_id = :i and tree_from = :t and period_id in (:p) and unit_id in (:u)
                        ) x group by unit_id, period_id""")
                .param("i", indicator.id())
                .param("t", tree)
                .param("p", ids)
                .param("u", units.stream().map(Long::intValue).toList())
                .query(rs -> {
                    out.put(
                            new Key(rs.getLong(1), rs.getString(2)),
                            new Totals(rs.getBigDecimal(3), rs.getLong(4), rs.getLong(5), rs.getBigDecimal(6)));
                });
    }

    private void readLeaves(Indicator indicator, List<Long> units, Collection<Period> periods, Map<Key, Totals> out) {
        List<String> ids = new ArrayList<>();
        for (Period p : periods) {
            for (PeriodType t : PeriodType.values()) {
                Contribution.parts(p, t).forEach(x -> ids.add(x.id()));
            }
        }
        Map<String, Map<String, BigDecimal>> byLeaf = new HashMap<>();
        jdbc.sql(
                        """
                        select unit_id, option_code, period_id, value from ana_value
                        where indicator_id = :i and unit_id in (:u) and period_id in (:p)""")
                .param("i", indicator.id())
                .param("u", units.stream().map(Long::intValue).toList())
                .param("p", ids)
                .query(rs -> {
                    byLeaf.computeIfAbsent(rs.getLong(1) + "|" + rs.getString(2), k -> new HashMap<>())
                            .put(rs.getString(3), rs.getBigDecimal(4));
                });
        byLeaf.forEach((leaf, values) -> {
            long unit = Long.parseLong(leaf.substring(0, leaf.indexOf('|')));
            for (Period p : periods) {
                for (PeriodType t : PeriodType.values()) {
                    if (t.months() > p.type().months()) {
                        continue;
                    }
                    Contribution c = Contribution.of(indicator, p, t, values);
                    if (c != null) {
                        Totals add = new Totals(c.amount(), c.count(), c.yes(), c.amount());
                        out.merge(new Key(unit, p.id()), add, Totals::plus);
                        break;
                    }
                }
            }
        });
    }
}
