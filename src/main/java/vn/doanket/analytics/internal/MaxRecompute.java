package vn.doanket.analytics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.Period;
import vn.doanket.indicators.PeriodType;

/**
 * A maximum cannot be lowered by a delta: when the largest figure under a committee goes down, the
 * maxima of that indicator and period are recomputed from the fact table by the background folder,
 * a fifth of a second later. Saves never wait for it; reads stay one lookup.
 */
@Component
class MaxRecompute {

    record Dirty(long indicatorId, String periodId, LocalDate tree, String type) {}

    private final JdbcClient jdbc;
    private final Hierarchy hierarchy;
    private final Indicators indicators;

    MaxRecompute(JdbcClient jdbc, Hierarchy hierarchy, Indicators indicators) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
        this.indicators = indicators;
    }

    /** Puts a mark back after a recompute failed, so the next pass tries again. */
    void remark(Dirty d) {
        jdbc.sql(
                        "insert into ana_max_dirty (indicator_id, period_id, tree_from, reported_type) values (:i, :p, :t, :r) on conflict do nothing")
                .param("i", d.indicatorId())
                .param("p", d.periodId())
                .param("t", d.tree())
                .param("r", d.type())
                .update();
    }

    /** Called by the save that lowered a maximum: the folder recomputes it on its next pass. */
    void mark(long indicatorId, Period period, LocalDate tree, Period reported) {
        jdbc.sql(
                        """
                        insert into ana_max_dirty (indicator_id, period_id, tree_from, reported_type)
                        values (:i, :p, :t, :r) on conflict do nothing""")
                .param("i", indicatorId)
                .param("p", period.id())
                .param("t", tree)
                .param("r", reported.type().name())
                .update();
    }

    /**
     * Takes the marks in a short transaction of its own: a save marking the same indicator and
     * period waits for whoever holds the mark row, so the mark must not be held while recomputing.
     */
    List<Dirty> takeMarks() {
        return jdbc.sql("delete from ana_max_dirty returning indicator_id, period_id, tree_from, reported_type")
                .query((rs, n) ->
                        new Dirty(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4)))
                .list();
    }

    /** Recomputes the maxima taken by {@link #takeMarks}, after the deltas are folded. */
    int recompute(List<Dirty> dirty) {
        for (Dirty d : dirty) {
            recompute(
                    indicators.byId(d.indicatorId()),
                    Period.parse(d.periodId()),
                    d.tree(),
                    PeriodType.valueOf(d.type()));
        }
        return dirty.size();
    }

    private void recompute(Indicator indicator, Period period, LocalDate tree, PeriodType reported) {
        Map<String, Map<String, BigDecimal>> byLeaf = new HashMap<>();
        jdbc.sql(
                        "select unit_id, option_code, period_id, value from ana_value where indicator_id = :i and period_id in (:p)")
                .param("i", indicator.id())
                .param("p", Contribution.partIds(period, reported))
                .query(rs -> {
                    byLeaf.computeIfAbsent(rs.getLong(1) + "|" + rs.getString(2), k -> new HashMap<>())
                            .put(rs.getString(3), rs.getBigDecimal(4));
                });
        Map<Long, BigDecimal> max = new HashMap<>();
        int scale = Contribution.scale(indicator);
        byLeaf.forEach((leaf, values) -> {
            long unit = Long.parseLong(leaf.substring(0, leaf.indexOf('|')));
            Contribution c = Contribution.of(indicator, period, reported, values);
            Spread.of(c, hierarchy.entries(unit, tree), scale, hierarchy)
                    .forEach((target, part) -> max.merge(target, part.amount(), BigDecimal::max));
        });
        jdbc.sql("update ana_aggregate set max = null where indicator_id = :i and period_id = :p and tree_from = :t")
                .param("i", indicator.id())
                .param("p", period.id())
                .param("t", tree)
                .update();
        max.forEach((unit, m) -> jdbc.sql(
                        """
                        update ana_aggregate set max = :m
                        where indicator_id = :i and period_id = :p and tree_from = :t and unit_id = :u""")
                .param("m", m)
                .param("i", indicator.id())
                .param("p", period.id())
                .param("t", tree)
                .param("u", unit)
                .update());
    }
}
