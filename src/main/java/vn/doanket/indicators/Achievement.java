package vn.doanket.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A figure against the target the upper level set: “hiến 54/44 đơn vị máu, đạt 123% chỉ tiêu”.
 *
 * @param percent actual ÷ target × 100 to one decimal; null without a target or when the target is zero
 */
public record Achievement(BigDecimal actual, BigDecimal target, BigDecimal percent) {

    public static Achievement of(BigDecimal actual, BigDecimal target) {
        BigDecimal percent = actual == null || target == null || target.signum() == 0
                ? null
                : actual.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
        return new Achievement(actual, target, percent);
    }

    /** The share as people write it, rounded to a whole percent: 123 for 54 of 44. */
    public Integer wholePercent() {
        return percent == null
                ? null
                : percent.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    public boolean reached() {
        return percent != null && percent.compareTo(BigDecimal.valueOf(100)) >= 0;
    }
}
