package vn.doanket.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.doanket.indicators.Aggregation;

/** A committee's pre-aggregated tally for one indicator and period, from which every rule is read. */
public record Totals(BigDecimal sum, long count, long yes, BigDecimal max) {

    public static final Totals EMPTY = new Totals(BigDecimal.ZERO, 0, 0, null);

    public Totals plus(Totals o) {
        return new Totals(
                sum.add(o.sum),
                count + o.count,
                yes + o.yes,
                max == null ? o.max : o.max == null ? max : max.max(o.max));
    }

    /** The figure under the rule, or null when no unit answered. RATIO is computed by the caller from two sums. */
    public BigDecimal value(Aggregation rule) {
        if (count <= 0) {
            return null;
        }
        BigDecimal v =
                switch (rule) {
                    case SUM, LATEST -> sum;
                    case AVERAGE -> sum.divide(BigDecimal.valueOf(count), 4, RoundingMode.HALF_UP);
                    case MAX -> max;
                    case COUNT_YES -> BigDecimal.valueOf(yes);
                    case SHARE_YES ->
                        BigDecimal.valueOf(yes * 100).divide(BigDecimal.valueOf(count), 4, RoundingMode.HALF_UP);
                    case RATIO ->
                        throw new IllegalArgumentException("RATIO is computed from the sums of its two indicators");
                };
        return v == null ? null : plain(v);
    }

    /** Without trailing zeros but never in exponent form: 20, not 2E+1. */
    public static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
