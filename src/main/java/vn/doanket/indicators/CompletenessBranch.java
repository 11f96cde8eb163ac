package vn.doanket.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The units expected below one child of the unit whose completeness is shown (or the unit itself, when
 * {@code self}), counted: a national view of a form that 92,000 residential areas fill shows 34
 * provinces, each a link to its own view, rather than 92,000 names.
 */
public record CompletenessBranch(
        String unitCode, String unitName, boolean self, int expected, int submitted, int onTime, int approved) {

    public int missing() {
        return expected - submitted;
    }

    /** Percentage of the branch's expected units that reported; null when none is expected. */
    public BigDecimal completenessPercent() {
        return expected == 0
                ? null
                : BigDecimal.valueOf(submitted * 100L).divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP);
    }
}
