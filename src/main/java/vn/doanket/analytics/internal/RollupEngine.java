package vn.doanket.analytics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.analytics.ValueChange;
import vn.doanket.indicators.Aggregation;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.Period;

/**
 * Keeps the totals of every committee above a reporting unit in step with its values, in the
 * transaction that saves them: the change of the unit's contribution (new − old) to the reported
 * period and to each longer period holding it goes, per tree, to every committee the figure reaches.
 */
@Service
public class RollupEngine {

    private final JdbcClient jdbc;
    private final Hierarchy hierarchy;
    private final Indicators indicators;
    private final DeltaLog deltas;
    private final MaxRecompute maxRecompute;

    RollupEngine(
            JdbcClient jdbc, Hierarchy hierarchy, Indicators indicators, DeltaLog deltas, MaxRecompute maxRecompute) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
        this.indicators = indicators;
        this.deltas = deltas;
        this.maxRecompute = maxRecompute;
    }

    record MaxKey(long indicatorId, Period period, java.time.LocalDate tree, Period reported) {}

    /** Applies saved or deleted values; the locks are taken in one order so concurrent forms never deadlock. */
    @Transactional
    public void apply(List<ValueChange> changes) {
        List<ValueChange> ordered = new ArrayList<>(changes);
        ordered.sort(Comparator.comparingLong(ValueChange::indicatorId).thenComparingLong(ValueChange::unitId));
        List<DeltaLog.Delta> out = new ArrayList<>();
        Set<MaxKey> maxToRecompute = new LinkedHashSet<>();
        for (ValueChange c : ordered) {
            Indicator indicator = indicators.byId(c.indicatorId());
            if (!indicators.isAggregated(indicator)) {
                continue;
            }
            jdbc.sql("select pg_advisory_xact_lock(:i, :u)")
                    .param("i", (int) c.indicatorId())
                    .param("u", (int) c.unitId())
                    .query()
                    .singleRow();
            Period year = Period.year(c.period().year());
            List<String> siblings = Contribution.parts(year, c.period().type()).stream()
                    .map(Period::id)
                    .toList();
            if (siblings.isEmpty()) {
                siblings = List.of(c.period().id());
            }
            Map<String, BigDecimal> before = new HashMap<>();
            jdbc.sql(
                            """
                            select period_id, value from ana_value
                            where indicator_id = :i and unit_id = :u and option_code = :o and period_id in (:p)""")
                    .param("i", c.indicatorId())
                    .param("u", c.unitId())
                    .param("o", c.optionCode())
                    .param("p", siblings)
                    .query(rs -> {
                        before.put(rs.getString(1), rs.getBigDecimal(2));
                    });
            Map<String, BigDecimal> after = new HashMap<>(before);
            BigDecimal old = before.get(c.period().id());
            if (c.value() == null) {
                after.remove(c.period().id());
            } else {
                after.put(c.period().id(), c.value());
            }
            if (old == null ? c.value() == null : c.value() != null && old.compareTo(c.value()) == 0) {
                continue;
            }
            store(c);
            changes(indicator, c, before, after, out, maxToRecompute);
        }
        deltas.append(out);
        for (MaxKey k : maxToRecompute) {
            maxRecompute.recompute(indicators.byId(k.indicatorId()), k.period(), k.tree(), k.reported());
        }
    }

    private void store(ValueChange c) {
        if (c.value() == null) {
            jdbc.sql(
                            "delete from ana_value where indicator_id = :i and unit_id = :u and option_code = :o and period_id = :p")
                    .param("i", c.indicatorId())
                    .param("u", c.unitId())
                    .param("o", c.optionCode())
                    .param("p", c.period().id())
                    .update();
        } else {
            jdbc.sql(
                            """
                            insert into ana_value (indicator_id, unit_id, option_code, period_id, value)
                            values (:i, :u, :o, :p, :v)
                            on conflict (indicator_id, unit_id, option_code, period_id) do update set value = excluded.value""")
                    .param("i", c.indicatorId())
                    .param("u", c.unitId())
                    .param("o", c.optionCode())
                    .param("p", c.period().id())
                    .param("v", c.value())
                    .update();
        }
    }

    private void changes(
            Indicator indicator,
            ValueChange c,
            Map<String, BigDecimal> before,
            Map<String, BigDecimal> after,
            List<DeltaLog.Delta> out,
            Set<MaxKey> maxToRecompute) {
        int scale = Contribution.scale(indicator);
        for (LocalDate tree : hierarchy.trees()) {
            List<Hierarchy.Entry> entries = hierarchy.entries(c.unitId(), tree);
            if (entries.isEmpty()) {
                continue;
            }
            for (Period p : Contribution.affected(c.period())) {
                Contribution was = Contribution.of(indicator, p, c.period().type(), before);
                Contribution now = Contribution.of(indicator, p, c.period().type(), after);
                if (was == null && now == null) {
                    continue;
                }
                Map<Long, Spread.Part> from = Spread.of(was, entries, scale, hierarchy);
                Map<Long, Spread.Part> to = Spread.of(now, entries, scale, hierarchy);
                Set<Long> targets = new LinkedHashSet<>(from.keySet());
                targets.addAll(to.keySet());
                for (long target : targets) {
                    Spread.Part a = from.get(target);
                    Spread.Part b = to.get(target);
                    BigDecimal dsum = (b == null ? BigDecimal.ZERO : b.amount())
                            .subtract(a == null ? BigDecimal.ZERO : a.amount());
                    long dcount = (b == null ? 0 : b.count()) - (a == null ? 0 : a.count());
                    long dyes = (b == null ? 0 : b.yes()) - (a == null ? 0 : a.yes());
                    out.add(new DeltaLog.Delta(
                            indicator.id(), p.id(), tree, target, dsum, dcount, dyes, b == null ? null : b.amount()));
                    if (indicator.aggregation() == Aggregation.MAX
                            && a != null
                            && (b == null || b.amount().compareTo(a.amount()) < 0)) {
                        maxToRecompute.add(new MaxKey(indicator.id(), p, tree, c.period()));
                    }
                }
            }
        }
    }

    /**
     * Moves a unit's figures from the entries it had to the ones it has now (after its split weights
     * changed): for every value it reported, the old shares are taken out of each committee's totals
     * and the new ones put in, so the totals stay conserved and nothing is recounted.
     */
    @Transactional
    public void reapportion(long unitId, Map<LocalDate, List<Hierarchy.Entry>> before) {
        Map<String, Map<String, BigDecimal>> byLeaf = new HashMap<>();
        jdbc.sql("select indicator_id, option_code, period_id, value from ana_value where unit_id = :u")
                .param("u", unitId)
                .query(rs -> {
                    byLeaf.computeIfAbsent(rs.getLong(1) + "|" + rs.getString(2), k -> new HashMap<>())
                            .put(rs.getString(3), rs.getBigDecimal(4));
                });
        List<DeltaLog.Delta> out = new ArrayList<>();
        byLeaf.forEach((leaf, values) -> {
            Indicator indicator = indicators.byId(Long.parseLong(leaf.substring(0, leaf.indexOf('|'))));
            if (!indicators.isAggregated(indicator)) {
                return;
            }
            int scale = Contribution.scale(indicator);
            Set<Period> affected = new LinkedHashSet<>();
            vn.doanket.indicators.PeriodType type = null;
            for (String id : values.keySet()) {
                Period p = Period.parse(id);
                type = p.type();
                affected.addAll(Contribution.affected(p));
            }
            for (LocalDate tree : hierarchy.trees()) {
                List<Hierarchy.Entry> was = before.getOrDefault(tree, List.of());
                List<Hierarchy.Entry> now = hierarchy.entries(unitId, tree);
                for (Period p : affected) {
                    Contribution c = Contribution.of(indicator, p, type, values);
                    Map<Long, Spread.Part> from = Spread.of(c, was, scale, hierarchy);
                    Map<Long, Spread.Part> to = Spread.of(c, now, scale, hierarchy);
                    Set<Long> targets = new LinkedHashSet<>(from.keySet());
                    targets.addAll(to.keySet());
                    for (long target : targets) {
                        Spread.Part a = from.get(target);
                        Spread.Part b = to.get(target);
                        out.add(new DeltaLog.Delta(
                                indicator.id(),
                                p.id(),
                                tree,
                                target,
                                (b == null ? BigDecimal.ZERO : b.amount())
                                        .subtract(a == null ? BigDecimal.ZERO : a.amount()),
                                (b == null ? 0 : b.count()) - (a == null ? 0 : a.count()),
                                (b == null ? 0 : b.yes()) - (a == null ? 0 : a.yes()),
                                b == null ? null : b.amount()));
                    }
                }
            }
        });
        deltas.append(out);
    }
}
