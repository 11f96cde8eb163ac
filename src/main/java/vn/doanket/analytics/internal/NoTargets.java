package vn.doanket.analytics.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.Period;

/** Stand-in until the indicators module publishes targets through its API. */
@Component
class NoTargets implements TargetSource {

    @Override
    public Map<TotalsReader.Key, BigDecimal> targets(
            Indicator indicator, Collection<Long> units, Collection<Period> periods) {
        return Map.of();
    }
}
