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
    private final org.springframework.jdbc.core.JdbcTemplate template;
    private final Hierarchy hierarchy;
    private final Indicators indicators;

    MaxRecompute(
            JdbcClient jdbc,
            org.springframework.jdbc.core.JdbcTemplate template,
            Hierarchy hierarchy,
            Indicators indicators) {
        this.template = template;
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
        this.indicators = indicators;
    }

    /** Puts a mark back after a recompute failed, so the next pass tries again. */
    void remark(Dirty d) {
        jdbc.sql("insert into ana_max_mark (indicator_id, period_id, tree_from, reported_type) values (:i, :p, :t, :r)")
                .param("i", d.indicatorId())
                .param("p", d.periodId())
                .param("t", d.tree())
                .param("r", d.type())
                .update();
    }

    /** Called by the save that lowered a maximum: the folder recomputes it on its next pass. */
    void mark(long indicatorId, Period period, LocalDate tree, Period reported) {
        markAll(java.util.Set.of(new RollupEngine.MaxKey(indicatorId, period, tree, reported)));
    }

    /**
     * Marks with one plain insert into ana_max_mark (no key, see V14): concurrent saves lowering the same
     * maximum never wait for each other's mark, and a mark becomes visible to the folder only when
     * the save commits, so the recompute always sees the lowered value.
     */
    void markAll(java.util.Collection<RollupEngine.MaxKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        int n = keys.size();
        Object[] ind = new Object[n], per = new Object[n], tree = new Object[n], type = new Object[n];
        int i = 0;
        for (RollupEngine.MaxKey k : keys) {
            ind[i] = (int) k.indicatorId();
            per[i] = k.period().id();
            tree[i] = java.sql.Date.valueOf(k.tree());
            type[i++] = k.reported().type().name();
        }
        template.execute((java.sql.Connection c) -> {
            try (var ps = c.prepareStatement(
                    """
                    insert into ana_max_mark (indicator_id, period_id, tree_from, reported_type)
                    select * from unnest(?::int[], ?::varchar[], ?::date[], ?::varchar[])""")) {
                ps.setArray(1, c.createArrayOf("int4", ind));
                ps.setArray(2, c.createArrayOf("varchar", per));
                ps.setArray(3, c.createArrayOf("date", tree));
                ps.setArray(4, c.createArrayOf("varchar", type));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Takes the marks in a short transaction of its own (each once, however many saves marked it),
     * so no save waits on a mark while the maxima are recomputed.
     */
    List<Dirty> takeMarks() {
        java.util.Set<Dirty> marks = new java.util.LinkedHashSet<>();
        for (String table : List.of("ana_max_mark", "ana_max_dirty")) { // ana_max_dirty: marks of older versions
            marks.addAll(
                    jdbc.sql("delete from " + table + " returning indicator_id, period_id, tree_from, reported_type")
                            .query((rs, n) -> new Dirty(
                                    rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4)))
                            .list());
        }
        return List.copyOf(marks);
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
            Spread.of(c, unit, hierarchy.entries(unit, tree), scale, hierarchy)
                    .forEach((target, part) -> max.merge(target, part.amount(), BigDecimal::max));
        });
        // one statement: every committee's maximum of this indicator, period and tree set to the
        // recomputed one (null where no figure reaches it), rows already right left untouched
        Integer[] us = new Integer[max.size()];
        BigDecimal[] ms = new BigDecimal[max.size()];
        int n = 0;
        for (Map.Entry<Long, BigDecimal> e : max.entrySet()) {
            us[n] = e.getKey().intValue();
            ms[n++] = e.getValue();
        }
        template.execute((java.sql.Connection c) -> {
            try (var ps = c.prepareStatement(
                    """
                    update ana_aggregate a set max = x.m
                    from (select g.unit_id, t.m from ana_aggregate g
                          left join unnest(?::int[], ?::numeric[]) as t(u, m) on t.u = g.unit_id
                          where g.indicator_id = ? and g.period_id = ? and g.tree_from = ?) x
                    where a.indicator_id = ? and a.period_id = ? and a.tree_from = ? and a.unit_id = x.unit_id
                      and a.max is distinct from x.m""")) {
                ps.setArray(1, c.createArrayOf("int4", us));
                ps.setArray(2, c.createArrayOf("numeric", ms));
                for (int k = 0; k < 2; k++) {
                    ps.setInt(3 + 3 * k, (int) indicator.id());
                    ps.setString(4 + 3 * k, period.id());
                    ps.setDate(5 + 3 * k, java.sql.Date.valueOf(tree));
                }
                ps.executeUpdate();
            }
            return null;
        });
    }
}
