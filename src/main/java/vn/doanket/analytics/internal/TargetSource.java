package vn.doanket.analytics.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.Period;
import vn.doanket.indicators.TargetSet;
import vn.doanket.organization.Unit;

/**
 * The targets (chỉ tiêu giao) the upper levels set, kept as a copy from the indicators module's
 * {@link TargetSet} events (in the transaction that sets them), so a table of children and their
 * targets is one indexed query instead of one call per row.
 */
@Component
public class TargetSource {

    private final JdbcClient jdbc;

    TargetSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(TargetSet set) {
        jdbc.sql(
                        """
                        insert into ana_target (indicator_id, unit_id, period_id, value) values (:i, :u, :p, :v)
                        on conflict (indicator_id, period_id, unit_id) do update set value = excluded.value""")
                .param("i", set.indicatorId())
                .param("u", set.unitId())
                .param("p", set.periodId())
                .param("v", set.value())
                .update();
    }

    public Map<TotalsReader.Key, BigDecimal> targets(
            Indicator indicator, Collection<Unit> units, Collection<Period> periods) {
        Map<TotalsReader.Key, BigDecimal> out = new HashMap<>();
        if (units.isEmpty() || periods.isEmpty()) {
            return out;
        }
        jdbc.sql(
                        """
                        select unit_id, period_id, value from ana_target
                        where indicator_id = :i and period_id in (:p) and unit_id in (:u)""")
                .param("i", indicator.id())
                .param("p", periods.stream().map(Period::id).toList())
                .param("u", units.stream().map(u -> (int) u.id()).toList())
                .query(rs -> {
                    out.put(new TotalsReader.Key(rs.getLong(1), rs.getString(2)), Totals.plain(rs.getBigDecimal(3)));
                });
        return out;
    }
}
