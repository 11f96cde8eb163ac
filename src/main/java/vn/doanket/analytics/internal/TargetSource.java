package vn.doanket.analytics.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.Period;
import vn.doanket.indicators.Target;
import vn.doanket.indicators.Targets;
import vn.doanket.organization.Unit;

/**
 * The targets (chỉ tiêu giao) the upper levels set, read from the indicators module in bulk: a
 * table of children and their targets, for every indicator it shows, is one indexed query instead
 * of one call per row (and there is no copy to drift from the targets people set).
 */
@Component
public class TargetSource {

    private final Targets targets;

    TargetSource(Targets targets) {
        this.targets = targets;
    }

    public Map<TotalsReader.Key, BigDecimal> targets(
            Indicator indicator, Collection<Unit> units, Collection<Period> periods) {
        return targets(List.of(indicator), units, periods).getOrDefault(indicator.code(), Map.of());
    }

    /** Targets by indicator code, then by unit and period; indicators without any are absent. */
    public Map<String, Map<TotalsReader.Key, BigDecimal>> targets(
            Collection<Indicator> indicators, Collection<Unit> units, Collection<Period> periods) {
        Map<String, Map<TotalsReader.Key, BigDecimal>> out = new HashMap<>();
        if (indicators.isEmpty() || units.isEmpty() || periods.isEmpty()) {
            return out;
        }
        List<Target> found = targets.forUnits(
                indicators.stream().map(Indicator::code).toList(),
                units.stream().map(Unit::id).toList(),
                periods.stream().map(Period::id).toList());
        for (Target t : found) {
            out.computeIfAbsent(t.indicatorCode(), k -> new HashMap<>())
                    .put(new TotalsReader.Key(t.unitId(), t.periodId()), Totals.plain(t.value()));
        }
        return out;
    }
}
