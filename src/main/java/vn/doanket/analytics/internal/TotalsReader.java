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
 * lookups per batch of units) plus their own values through the time rule (a total holds only what
 * lands from below, see {@link Spread}); for leaves (residential areas), their own values.
 */
@Component
public class TotalsReader {

    public record Key(long unitId, String periodId) {}

    private final JdbcClient jdbc;
    private final Hierarchy hierarchy;
    private final RollupWorker rollup;

    TotalsReader(JdbcClient jdbc, Hierarchy hierarchy, RollupWorker rollup) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
        this.rollup = rollup;
    }

    public Map<Key, Totals> read(
            Indicator indicator, LocalDate tree, Collection<Long> units, Collection<Period> periods) {
        return readAll(List.of(indicator), tree, units, periods).getOrDefault(indicator.id(), Map.of());
    }

    /**
     * Tallies of several indicators at once, by indicator id: a report's table over all the communes of
     * a province, every column of it, in two queries.
     */
    public Map<Long, Map<Key, Totals>> readAll(
            Collection<Indicator> indicators, LocalDate tree, Collection<Long> units, Collection<Period> periods) {
        rollup.catchUp(); // every committed save is in the totals before they are read
        List<Long> committees = new ArrayList<>();
        List<Long> leaves = new ArrayList<>();
        for (long u : units) {
            (hierarchy.isLeaf(u) ? leaves : committees).add(u);
        }
        Map<Long, Map<Key, Totals>> out = new HashMap<>();
        if (indicators.isEmpty() || periods.isEmpty()) {
            return out;
        }
        if (!committees.isEmpty()) {
            readCommittees(indicators, tree, committees, periods, out);
            List<Long> own = committees.stream()
                    .filter(u -> hierarchy.ownFiguresCount(u, tree))
                    .toList();
            if (!own.isEmpty()) {
                readOwn(indicators, own, periods, out, false);
            }
        }
        if (!leaves.isEmpty()) {
            readOwn(indicators, leaves, periods, out, true);
        }
        return out;
    }

    private void readCommittees(
            Collection<Indicator> indicators,
            LocalDate tree,
            List<Long> units,
            Collection<Period> periods,
            Map<Long, Map<Key, Totals>> out) {
        List<String> ids = periods.stream().map(Period::id).toList();
        jdbc.sql(
                        """
                        select indicator_id, unit_id, period_id, sum(sum), sum(count), sum(yes), max(max) from (
                            select indicator_id, unit_id, period_id, sum, count, yes, max from ana_aggregate
                            where indicator_id in (:i) and tree_from = :t and period_id in (:p) and unit_id in (:u)
                            union all
                            select indicator_id, unit_id, period_id, sum, count, yes, max from ana_delta
                            where indicator_id in (:i) and tree_from = :t and period_id in (:p) and unit_id in (:u)
                        ) x group by indicator_id, unit_id, period_id""")
                .param(
                        "i",
                        indicators.stream().map(i -> (int) i.id()).distinct().toList())
                .param("t", tree)
                .param("p", ids)
                .param("u", units.stream().map(Long::intValue).toList())
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(
                                    new Key(rs.getLong(2), rs.getString(3)),
                                    new Totals(rs.getBigDecimal(4), rs.getLong(5), rs.getLong(6), rs.getBigDecimal(7)));
                });
    }

    /**
     * Units' own figures through the time rule, every indicator in one query. A committee's are added to
     * its total as the roll-up would have: for each period, the contribution of the values of every
     * period type inside it, each option counted as one answer. A leaf's figure comes from the first
     * period type that has values.
     */
    private void readOwn(
            Collection<Indicator> indicators,
            List<Long> units,
            Collection<Period> periods,
            Map<Long, Map<Key, Totals>> out,
            boolean leaves) {
        Map<Long, Indicator> byId = new HashMap<>();
        indicators.forEach(i -> byId.put(i.id(), i));
        List<String> ids = new ArrayList<>();
        for (Period p : periods) {
            for (PeriodType t : PeriodType.values()) {
                Contribution.parts(p, t).forEach(x -> ids.add(x.id()));
            }
        }
        // by indicator, unit and option, then period id
        Map<OwnLeaf, Map<String, BigDecimal>> byLeaf = new HashMap<>();
        jdbc.sql(
                        """
                        select indicator_id, unit_id, option_code, period_id, value from ana_value
                        where indicator_id in (:i) and unit_id in (:u) and period_id in (:p)""")
                .param("i", byId.keySet().stream().map(Long::intValue).toList())
                .param("u", units.stream().map(Long::intValue).toList())
                .param("p", ids)
                .query(rs -> {
                    byLeaf.computeIfAbsent(
                                    new OwnLeaf(rs.getLong(1), rs.getLong(2), rs.getString(3)), k -> new HashMap<>())
                            .put(rs.getString(4), rs.getBigDecimal(5));
                });
        byLeaf.forEach((leaf, values) -> {
            Indicator indicator = byId.get(leaf.indicatorId());
            long unit = leaf.unitId();
            Map<Key, Totals> tallies = out.computeIfAbsent(indicator.id(), k -> new HashMap<>());
            for (Period p : periods) {
                for (PeriodType t : PeriodType.values()) {
                    if (t.months() > p.type().months()) {
                        continue;
                    }
                    Contribution c = Contribution.of(indicator, p, t, values);
                    if (c != null) {
                        tallies.merge(
                                new Key(unit, p.id()),
                                new Totals(c.amount(), c.count(), c.yes(), c.amount()),
                                Totals::plus);
                        if (leaves) {
                            break;
                        }
                    }
                }
            }
        });
    }

    /** One unit's values of one indicator and breakdown option. */
    private record OwnLeaf(long indicatorId, long unitId, String option) {}
}
