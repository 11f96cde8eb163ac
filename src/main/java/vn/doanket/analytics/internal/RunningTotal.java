package vn.doanket.analytics.internal;

import java.math.BigDecimal;

/**
 * What adds up into one total (a row of ana_aggregate) while a batch or a bulk load is worked out: the
 * sum of the figures, the units answering, the yes answers and the largest figure.
 */
final class RunningTotal {
    BigDecimal sum = BigDecimal.ZERO;
    long count;
    long yes;
    BigDecimal max;

    void add(BigDecimal amount, long c, long y, BigDecimal m) {
        sum = sum.add(amount);
        count += c;
        yes += y;
        max = max == null ? m : m == null ? max : max.max(m);
    }
}
