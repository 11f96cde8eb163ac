package vn.doanket.analytics;

import java.time.LocalDate;
import java.util.List;
import vn.doanket.indicators.Period;

/**
 * What to read: an indicator for a unit, its children or its descendants at one level, over one or
 * more periods, in the tree in force on {@code asOf}.
 *
 * @param level for {@link Scope#LEVEL}, the level (1 the country, 2 provinces, 3 communes, 4 residential areas)
 */
public record AnalyticsQuery(
        String indicator, String unit, List<Period> periods, Scope scope, int level, LocalDate asOf) {

    public enum Scope {
        UNIT,
        CHILDREN,
        LEVEL
    }

    public AnalyticsQuery {
        periods = List.copyOf(periods);
        scope = scope == null ? Scope.UNIT : scope;
        asOf = asOf == null ? LocalDate.now() : asOf;
    }

    /**
     * Reads the API's {@code by} (children, level:3 or empty) and {@code period} (an id such as 2024,
     * a comma list, or a range such as 2024Q1..2025Q4 of one period type).
     */
    public static AnalyticsQuery parse(String indicator, String unit, String period, String by, LocalDate asOf) {
        Scope scope = Scope.UNIT;
        int level = 0;
        if (by != null && !by.isBlank()) {
            String b = by.strip().toLowerCase(java.util.Locale.ROOT);
            if (b.equals("children")) {
                scope = Scope.CHILDREN;
            } else if (b.matches("level:[1-4]")) { // the province (1) down to the residential area (4)
                scope = Scope.LEVEL;
                level = Integer.parseInt(b.substring(6));
            } else {
                throw new AnalyticsException.BadBreakdown(by);
            }
        }
        return new AnalyticsQuery(indicator, unit, periods(period), scope, level, asOf);
    }

    static List<Period> periods(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new AnalyticsException.BadPeriodRange(String.valueOf(spec));
        }
        if (spec.contains("..")) {
            String[] ends = spec.split("\\.\\.", 2);
            Period from = Period.parse(ends[0]);
            Period to = Period.parse(ends[1]);
            if (from.type() != to.type() || from.compareTo(to) > 0) {
                throw new AnalyticsException.BadPeriodRange(spec);
            }
            List<Period> out = new java.util.ArrayList<>();
            for (Period p = from; p.compareTo(to) <= 0 && out.size() <= 120; p = p.next()) {
                out.add(p);
            }
            if (out.size() > 120) {
                throw new AnalyticsException.BadPeriodRange(spec);
            }
            return out;
        }
        return java.util.Arrays.stream(spec.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(Period::parse)
                .distinct()
                .toList();
    }
}
