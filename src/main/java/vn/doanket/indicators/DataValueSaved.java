package vn.doanket.indicators;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A value was created, changed or removed (published in a {@link DataValuesSaved} with the other
 * values of the same save, in the saving transaction; listen with {@code @ApplicationModuleListener}
 * to act after commit). Numeric and yes/no values
 * carry the value before and after, so a running aggregate can be updated by the difference without
 * re-reading; text values carry neither.
 *
 * @param unitTreePath materialised id path of the unit (“/1/36/402/”), whose ancestors' totals change
 * @param previousNumber the number before, null if there was none (or the value is not numeric)
 * @param number the number now, null if removed (or not numeric)
 * @param previousAnswer the yes/no answer before, or null
 * @param answer the yes/no answer now, or null
 * @param removed true when the value was deleted
 * @param version the row's version after the change (the removed row's last version when removed)
 */
public record DataValueSaved(
        long dataValueId,
        long indicatorId,
        String indicatorCode,
        long unitId,
        String unitTreePath,
        String periodId,
        PeriodType periodType,
        String option,
        BigDecimal previousNumber,
        BigDecimal number,
        Boolean previousAnswer,
        Boolean answer,
        boolean removed,
        int version,
        String savedBy,
        Instant savedAt) {}
