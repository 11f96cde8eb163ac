package vn.doanket.reports.generation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The figures a report reads: value and target by indicator, unit and period. */
public final class Figures {

    /** A value and the target set for it; either may be null. */
    public record Figure(BigDecimal value, BigDecimal target) {}

    private static final Figure NONE = new Figure(null, null);

    /**
     * A figure told by breakdown option (“100 nhà từ doanh nghiệp, 93 nhà từ Quỹ…”), largest first.
     *
     * @param category the indicator's category (FUNDING_SOURCE, MEMBER_ORG), which decides the wording
     */
    public record Breakdown(String category, String unitOfMeasure, List<Part> parts) {

        public Breakdown {
            parts = List.copyOf(parts);
        }
    }

    /** One option's figure; {@code option} is DEFAULT for values entered without one. */
    public record Part(String option, String name, BigDecimal value) {}

    private final Map<String, Figure> byKey = new HashMap<>();
    private final Map<String, Breakdown> breakdowns = new HashMap<>();

    public Figures breakdown(String indicator, String unit, String period, Breakdown breakdown) {
        if (breakdown != null && !breakdown.parts().isEmpty()) {
            breakdowns.put(key(indicator, unit, period), breakdown);
        }
        return this;
    }

    /** The figure by option, or null when the indicator has no breakdown or none was entered. */
    public Breakdown breakdown(String indicator, String unit, String period) {
        return breakdowns.get(key(indicator, unit, period));
    }

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
