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
 * The reported values a committee's figure is made of, read from the analytics fact table rather than
 * the totals: every value of the root's subtree, and of the units that ended before the tree and whose
 * figures enter it through the lineage, combined per unit and breakdown option by the indicator's time
 * rule and shared out exactly as the roll-up shares them (so the parts add up to the total). This is
 * what lets a figure be traced to its entries and told by breakdown option, which the totals do not keep.
 */
@Component
public class FigureSources {

    /** One stored value (a quarter of a year, say) of one unit and option. */
    public record Value(String periodId, BigDecimal value) {}

    /**
     * What one unit contributes (for one option) to the root's figure.
     *
     * @param amount the unit's own figure for the period, by the time rule
     * @param share the part of it that lands in the root's total (the whole of it unless the unit was split)
     */
    public record Part(long unitId, String option, BigDecimal amount, BigDecimal share, long yes, List<Value> values) {}

    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;
    private final Hierarchy hierarchy;
    private final RollupWorker rollup;

    FigureSources(JdbcClient jdbc, Hierarchy hierarchy, RollupWorker rollup) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
        this.rollup = rollup;
    }

    /**
     * The parts of stored (not computed) indicators' figures for the root and period in {@code tree}, by
     * indicator id: one query over the root's subtree and one over the ended units that enter it.
     */
    public Map<Long, List<Part>> parts(
            Collection<Indicator> indicators, long rootId, String rootTreePath, Period period, LocalDate tree) {
        rollup.catchUp(); // the parts must add up to the total read beside them
        Map<Long, List<Part>> out = new HashMap<>();
        if (indicators.isEmpty()) {
            return out;
        }
        List<String> periodIds = new ArrayList<>();
        for (PeriodType t : PeriodType.values()) {
            if (t.months() <= period.type().months()) {
                periodIds.addAll(Contribution.partIds(period, t));
            }
        }
        List<Integer> indicatorIds =
                indicators.stream().map(i -> (int) i.id()).distinct().toList();
        // indicator id, then "unit|option", then period id -> value
        Map<Long, Map<String, Map<String, BigDecimal>>> raw = new HashMap<>();
        jdbc.sql(
                        """
                        select v.indicator_id, v.unit_id, v.option_code, v.period_id, v.value
                        from ana_value v join org_unit u on u.id = v.unit_id
                        where v.indicator_id in (:i) and v.period_id in (:p) and u.path like :path""")
                .param("i", indicatorIds)
                .param("p", periodIds)
                .param("path", rootTreePath + "%")
                .query(rs -> {
                    collect(raw, rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5));
                });
        List<Long> ended = hierarchy.endedUnitsEntering(rootId, tree);
        for (int from = 0; from < ended.size(); from += BATCH) {
            jdbc.sql(
                            """
                            select indicator_id, unit_id, option_code, period_id, value from ana_value
                            where indicator_id in (:i) and period_id in (:p) and unit_id in (:u)""")
                    .param("i", indicatorIds)
                    .param("p", periodIds)
                    .param(
                            "u",
                            ended.subList(from, Math.min(ended.size(), from + BATCH)).stream()
                                    .map(Long::intValue)
                                    .toList())
                    .query(rs -> {
                        collect(
                                raw,
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getBigDecimal(5));
                    });
        }
        for (Indicator indicator : indicators) {
            out.put(indicator.id(), parts(indicator, raw.getOrDefault(indicator.id(), Map.of()), rootId, period, tree));
        }
        return out;
    }

    private List<Part> parts(
            Indicator indicator,
            Map<String, Map<String, BigDecimal>> byUnitOption,
            long rootId,
            Period period,
            LocalDate tree) {
        int scale = Contribution.scale(indicator);
        List<Part> out = new ArrayList<>();
        byUnitOption.forEach((key, values) -> {
            int bar = key.indexOf('|');
            long unit = Long.parseLong(key.substring(0, bar));
            String option = key.substring(bar + 1);
            Contribution c = contribution(indicator, period, values);
            if (c == null) {
                return;
            }
            List<Hierarchy.Entry> entries = hierarchy.entries(unit, tree);
            BigDecimal[] shares = entries.isEmpty() ? new BigDecimal[0] : Spread.shares(c.amount(), entries, scale);
            BigDecimal landed = null;
            for (int i = 0; i < entries.size(); i++) {
                if (hierarchy.landsIn(entries.get(i).unitId(), rootId)) {
                    landed = landed == null ? shares[i] : landed.add(shares[i]);
                }
            }
            if (landed == null) {
                return; // a unit of the old subtree whose figures went to a unit elsewhere
            }
            List<Value> used = new ArrayList<>();
            values.forEach((p, v) -> used.add(new Value(p, Totals.plain(v))));
            used.sort(java.util.Comparator.comparing(Value::periodId));
            out.add(new Part(unit, option, c.amount(), Totals.plain(landed), c.yes(), used));
        });
        return out;
    }

    /** As the leaves are read: the first period type (shortest first) with values inside the period gives the figure. */
    private static Contribution contribution(Indicator indicator, Period period, Map<String, BigDecimal> values) {
        for (PeriodType t : PeriodType.values()) {
            if (t.months() > period.type().months()) {
                continue;
            }
            Contribution c = Contribution.of(indicator, period, t, values);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static void collect(
            Map<Long, Map<String, Map<String, BigDecimal>>> into,
            long indicator,
            long unit,
            String option,
            String period,
            BigDecimal value) {
        into.computeIfAbsent(indicator, k -> new HashMap<>())
                .computeIfAbsent(unit + "|" + option, k -> new HashMap<>())
                .put(period, value);
    }
}
