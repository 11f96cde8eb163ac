package vn.doanket.indicators;

import java.math.BigDecimal;
import java.time.Instant;

/** A stored value as shown: exactly one of number, text and answer is set. */
public record DataValue(
        long id,
        long indicatorId,
        String indicatorCode,
        long unitId,
        String periodId,
        String option,
        BigDecimal number,
        String text,
        Boolean answer,
        String comment,
        int version,
        String updatedBy,
        Instant updatedAt) {

    /** The value written the Vietnamese way: “72.925.000”, “9,1”, “Có”. */
    public String display() {
        return new TypedValue(number, text, answer).display();
    }
}
