package vn.doanket.analytics.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.Period;

/**
 * The targets (chỉ tiêu giao) the upper levels set, which the indicators module owns. Until that
 * module exposes them through its API this port answers "no target"; the adapter is one class.
 */
public interface TargetSource {

    Map<TotalsReader.Key, BigDecimal> targets(Indicator indicator, Collection<Long> units, Collection<Period> periods);
}
