package vn.doanket.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.doanket.indicators.Aggregation;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.Period;
import vn.doanket.indicators.PeriodType;
import vn.doanket.indicators.ValueType;

/**
 * What one reporting unit (for one breakdown option) adds to a period: its values of the periods
 * inside it combined by the indicator's time rule (a year from its quarters: the sum, the latest,
 * the maximum or the average), then counted once as an answering unit. Totals over units add
 * these up, so time is aggregated within a unit first and over units second, as DHIS2 does.
 *
 * @param amount the unit's figure for the period
 * @param count 1: one unit answered
 * @param yes for yes/no indicators, the yes answers in the figure
 */
public record Contribution(BigDecimal amount, long count, long yes) {

    // Both are asked for every value of a national load; periods are few, so remember the answers.
    private static final java.util.Map<Period, List<Period>> AFFECTED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<Period, List<String>[]> PART_IDS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The periods whose totals a value reported for {@code period} enters: itself and the longer ones holding it. */
    public static List<Period> affected(Period period) {
        return AFFECTED.computeIfAbsent(period, Contribution::computeAffected);
    }

    private static List<Period> computeAffected(Period period) {
        List<Period> out = new ArrayList<>(List.of(period));
        for (PeriodType type : PeriodType.values()) {
            if (type.months() > period.type().months()) {
                Period.containing(type, period.firstMonth())
                        .filter(p -> p.contains(period))
                        .ifPresent(out::add);
            }
        }
        return List.copyOf(out);
    }

    /** Ids of {@link #parts}, cached. */
    @SuppressWarnings("unchecked")
    static List<String> partIds(Period target, PeriodType reported) {
        List<String>[] byType = PART_IDS.computeIfAbsent(target, t -> new List[PeriodType.values().length]);
        List<String> ids = byType[reported.ordinal()];
        if (ids == null) {
            ids = parts(target, reported).stream().map(Period::id).toList();
            byType[reported.ordinal()] = ids;
        }
        return ids;
    }

    /** The periods of the reported type that make up {@code target} (itself when of that type). */
    public static List<Period> parts(Period target, PeriodType reported) {
        return target.type() == reported ? List.of(target) : target.parts(reported);
    }

    /** The unit's contribution to {@code target} from its values by period id, or null if it has none there. */
    public static Contribution of(
            Indicator indicator, Period target, PeriodType reported, Map<String, BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal max = null;
        BigDecimal latest = null;
        int n = 0;
        for (String id : partIds(target, reported)) {
            BigDecimal v = values.get(id);
            if (v == null) {
                continue;
            }
            n++;
            sum = sum.add(v);
            max = max == null ? v : max.max(v);
            latest = v;
        }
        if (n == 0) {
            return null;
        }
        BigDecimal amount =
                switch (indicator.timeAggregation()) {
                    case SUM, COUNT_YES -> sum;
                    case MAX -> max;
                    case AVERAGE -> sum.divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_UP);
                    default -> latest;
                };
        long yes = indicator.valueType() == ValueType.YES_NO
                ? amount.setScale(0, RoundingMode.DOWN).longValue()
                : 0;
        return new Contribution(Totals.plain(amount), 1, yes);
    }

    /** Decimals kept when a figure is shared among successors: whole units for counts and money. */
    public static int scale(Indicator indicator) {
        boolean whole = indicator.valueType().isWholeNumber() || indicator.valueType() == ValueType.YES_NO;
        return whole && indicator.timeAggregation() != Aggregation.AVERAGE ? 0 : 4;
    }
}
