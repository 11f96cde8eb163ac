package vn.doanket.indicators;

import java.math.BigDecimal;
import java.time.Instant;

/** A target (chỉ tiêu giao) an upper unit set for a unit, indicator and period. */
public record Target(
        long id,
        String indicatorCode,
        long unitId,
        String periodId,
        BigDecimal value,
        long setByUnitId,
        String setBy,
        Instant setAt,
        int version) {}
