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

    /**
     * What the rule reads of a field's earlier values, those of the {@value #HISTORY} periods of the same
     * type just before (two years of quarters, eight months, eight years): how many there are, the
     * smallest and the largest. A figure from further back says little about what is usual now.
     */
    record History(long count, BigDecimal min, BigDecimal max) {
        static final History NONE = new History(0, null, null);

        static History of(List<BigDecimal> values) {
            return values.isEmpty()
                    ? NONE
                    : new History(
                            values.size(),
                            values.stream().reduce(BigDecimal::min).orElseThrow(),
                            values.stream().reduce(BigDecimal::max).orElseThrow());
        }
    }

    /** The warning, if the value is far outside the history. */
    static Optional<Warning> warning(BigDecimal value, History history) {
        if (value == null || history.count() < MIN_HISTORY) {
            return Optional.empty();
        }
        BigDecimal max = history.max();
        BigDecimal min = history.min();
        BigDecimal factor = BigDecimal.valueOf(FACTOR);
        if (max.signum() > 0 && value.compareTo(max.multiply(factor)) > 0) {
            return Optional.of(Warning.of(
                    "warning.ind.value-far-above",
                    VietnameseNumbers.format(value),
                    Integer.toString(FACTOR),
                    VietnameseNumbers.format(max),
                    Long.toString(history.count())));
        }
        if (min.signum() > 0 && value.multiply(factor).compareTo(min) < 0) {
            return Optional.of(Warning.of(
                    "warning.ind.value-far-below",
                    VietnameseNumbers.format(value),
                    Integer.toString(FACTOR),
                    VietnameseNumbers.format(min),
                    Long.toString(history.count())));
        }
        return Optional.empty();
    }
}
