package vn.doanket.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A mergeable summary of values from which every {@link Aggregation} can be read without going back
 * to the values: merging the tallies of two communes gives their province's tally, so shares are
 * computed from counts and ratios from totals, never by averaging averages. Aggregate over time
 * within a unit first, then over units (as DHIS2 does); LATEST relies on that order.
 *
 * @param sum sum of the numeric values (for yes/no values, the number of yes answers)
 * @param count how many values (units that answered, for yes/no)
 * @param yes how many yes answers
 * @param max largest value, or null when there is none
 * @param latestEnd end of the latest period seen, or null
 * @param latest sum of the values of the latest period seen
 */
public record Tally(BigDecimal sum, long count, long yes, BigDecimal max, LocalDate latestEnd, BigDecimal latest) {

    /** Scale of averages and shares. */
    public static final int SCALE = 4;

    public static final Tally EMPTY = new Tally(BigDecimal.ZERO, 0, 0, null, null, null);

    public Tally {
        Objects.requireNonNull(sum);
    }

    public static Tally of(BigDecimal value) {
        return of(value, null);
    }

    /** One numeric value reported for a period ending on {@code periodEnd}. */
    public static Tally of(BigDecimal value, LocalDate periodEnd) {
        return new Tally(value, 1, 0, value, periodEnd, value);
    }

    /** One yes/no answer reported for a period ending on {@code periodEnd}. */
    public static Tally ofAnswer(boolean answer, LocalDate periodEnd) {
        BigDecimal v = answer ? BigDecimal.ONE : BigDecimal.ZERO;
        return new Tally(v, 1, answer ? 1 : 0, v, periodEnd, v);
    }

    public Tally merge(Tally other) {
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            return other;
        }
        LocalDate end;
        BigDecimal last;
        int c = latestEnd == null || other.latestEnd == null ? 0 : latestEnd.compareTo(other.latestEnd);
        if (c > 0) {
            end = latestEnd;
            last = latest;
        } else if (c < 0) {
            end = other.latestEnd;
            last = other.latest;
        } else {
            end = latestEnd == null ? other.latestEnd : latestEnd;
            last = latest.add(other.latest);
        }
        return new Tally(sum.add(other.sum), count + other.count, yes + other.yes, max.max(other.max), end, last);
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** The aggregate under a rule, or null when nothing was reported. RATIO needs {@link #ratio}. */
    public BigDecimal value(Aggregation rule) {
        if (count == 0) {
            return null;
        }
        return switch (rule) {
            case SUM -> sum;
            case AVERAGE -> sum.divide(BigDecimal.valueOf(count), SCALE, RoundingMode.HALF_UP);
            case MAX -> max;
            case LATEST -> latest;
            case COUNT_YES -> BigDecimal.valueOf(yes);
            case SHARE_YES ->
                BigDecimal.valueOf(yes * 100).divide(BigDecimal.valueOf(count), SCALE, RoundingMode.HALF_UP);
            case RATIO ->
                throw new IllegalArgumentException(
                        "a RATIO is computed from the totals of its numerator and denominator: use Tally.ratio");
        };
    }

    /** factor × numerator / denominator; null when either is missing or the denominator is zero. */
    public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator, BigDecimal factor) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(factor).divide(denominator, SCALE, RoundingMode.HALF_UP);
    }
}
