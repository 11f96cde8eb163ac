package vn.doanket.indicators;

import java.math.BigDecimal;

/** A target was set or changed; {@code previous} is null for a new one. */
public record TargetSet(
        long indicatorId, String indicatorCode, long unitId, String periodId, BigDecimal previous, BigDecimal value) {}
