package vn.doanket.analytics;

import java.math.BigDecimal;

/**
 * One figure: an indicator's value for a unit and period in the tree asked for, with the target the
 * upper level set and the achievement (value ÷ target, in percent) when there is one.
 */
public record AnalyticsRow(
        String unit,
        String unitName,
        int level,
        String period,
        BigDecimal value,
        BigDecimal target,
        BigDecimal achievement) {}
