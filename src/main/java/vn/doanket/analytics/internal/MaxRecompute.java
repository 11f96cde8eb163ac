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

/**
 * A maximum cannot be lowered by a delta: when the largest figure under a committee goes down, the
 * maxima of that indicator and period are recomputed from the fact table. This is a write-time cost
 * paid only by MAX indicators on a decrease; reads stay one lookup.
 */
@Component
class MaxRecompute {

    private final JdbcClient jdbc;
    private final Hierarchy hierarchy;
    private final DeltaFolder folder;

    MaxRecompute(JdbcClient jdbc, Hierarchy hierarchy, DeltaFolder folder) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
        this.folder = folder;
    }

    void recompute(Indicator indicator, Period period, LocalDate tree, Period reported) {
        folder.foldNow();
        List<String> parts = Contribution.parts(period, reported.type()).stream()
                .map(Period::id)
                .toList();
        Map<String, Map<String, BigDecimal>> byLeaf = new HashMap<>();
        jdbc.sql(
                        "select unit_id, option_code, period_id, value from ana_value where indicator_id = :i and period_id in (:p)")
                .param("i", indicator.id())
                .param("p", parts)
                .query(rs -> {
                    byLeaf.computeIfAbsent(rs.getLong(1) + "|" + rs.getString(2), k -> new HashMap<>())
                            .put(rs.getString(3), rs.getBigDecimal(4));
                });
        Map<Long, BigDecimal> max = new HashMap<>();
        int scale = Contribution.scale(indicator);
        byLeaf.forEach((leaf, values) -> {
            long unit = Long.parseLong(leaf.substring(0, leaf.indexOf('|')));
            Contribution c = Contribution.of(indicator, period, reported.type(), values);
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
