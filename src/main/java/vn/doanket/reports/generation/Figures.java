package vn.doanket.reports.generation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** The figures a report reads: value and target by indicator, unit and period. */
public final class Figures {

    /** A value and the target set for it; either may be null. */
    public record Figure(BigDecimal value, BigDecimal target) {}

    private static final Figure NONE = new Figure(null, null);

    private final Map<String, Figure> byKey = new HashMap<>();

    public Figures put(String indicator, String unit, String period, BigDecimal value, BigDecimal target) {
        if (value != null || target != null) {
            byKey.put(key(indicator, unit, period), new Figure(value, target));
        }
        return this;
    }

    public Figure get(String indicator, String unit, String period) {
        return byKey.getOrDefault(key(indicator, unit, period), NONE);
    }

    public BigDecimal value(String indicator, String unit, String period) {
        return get(indicator, unit, period).value();
    }

    private static String key(String indicator, String unit, String period) {
        return indicator + '|' + unit + '|' + period;
    }
}
