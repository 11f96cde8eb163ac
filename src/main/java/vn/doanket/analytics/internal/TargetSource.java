package vn.doanket.analytics.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.Period;
import vn.doanket.indicators.Target;
import vn.doanket.indicators.Targets;
import vn.doanket.organization.Unit;

/**
 * The targets (chỉ tiêu giao) the upper levels set, from the indicators module. Its API answers one
 * unit and period at a time, so a table of children costs one lookup per row; a bulk lookup there
 * would make this one query.
 */
@Component
public class TargetSource {

    private final Targets targets;

    TargetSource(Targets targets) {
        this.targets = targets;
    }

    public Map<TotalsReader.Key, BigDecimal> targets(
            Indicator indicator, Collection<Unit> units, Collection<Period> periods) {
        Map<TotalsReader.Key, BigDecimal> out = new HashMap<>();
        for (Unit u : units) {
            for (Period p : periods) {
                targets.find(indicator.code(), u.code(), p.id())
                        .map(Target::value)
                        .ifPresent(v -> out.put(new TotalsReader.Key(u.id(), p.id()), v));
            }
        }
        return out;
    }
}
