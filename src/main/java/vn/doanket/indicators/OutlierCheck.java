package vn.doanket.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Warns, never refuses, when a value is far outside the unit's own history: more than
 * {@value #FACTOR} times its largest earlier value, or less than a {@value #FACTOR}rd of its
 * smallest. A simple rule a commune officer can understand in one sentence; it needs at least
 * {@value #MIN_HISTORY} earlier values so a new indicator does not warn on its first figures.
 */
final class OutlierCheck {

    static final int FACTOR = 3;
    static final int MIN_HISTORY = 3;
    static final int HISTORY = 8;

    private OutlierCheck() {}

    /** The Vietnamese warning, if the value is far outside the history. */
    static Optional<String> warning(BigDecimal value, List<BigDecimal> history) {
        if (value == null || history.size() < MIN_HISTORY) {
            return Optional.empty();
        }
        BigDecimal max = history.stream().reduce(BigDecimal::max).orElseThrow();
        BigDecimal min = history.stream().reduce(BigDecimal::min).orElseThrow();
        BigDecimal factor = BigDecimal.valueOf(FACTOR);
        if (max.signum() > 0 && value.compareTo(max.multiply(factor)) > 0) {
            return Optional.of(IndicatorMessages.vi(
                    "warning.ind.value-far-above",
                    VietnameseNumbers.format(value),
                    Integer.toString(FACTOR),
                    VietnameseNumbers.format(max),
                    Integer.toString(history.size())));
        }
        if (min.signum() > 0 && value.multiply(factor).compareTo(min) < 0) {
            return Optional.of(IndicatorMessages.vi(
                    "warning.ind.value-far-below",
                    VietnameseNumbers.format(value),
                    Integer.toString(FACTOR),
                    VietnameseNumbers.format(min),
                    Integer.toString(history.size())));
        }
        return Optional.empty();
    }
}
