package vn.doanket.analytics;

import java.math.BigDecimal;
import vn.doanket.indicators.Period;

/**
 * A reported value as the roll-up sees it: the figure now held for an indicator, unit, breakdown
 * option and period, or {@code null} when it was deleted.
 */
public record ValueChange(long indicatorId, long unitId, String optionCode, Period period, BigDecimal value) {

    public ValueChange {
        optionCode = optionCode == null || optionCode.isBlank() ? "DEFAULT" : optionCode;
    }
}
