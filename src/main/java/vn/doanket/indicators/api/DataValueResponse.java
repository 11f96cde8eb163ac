package vn.doanket.indicators.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.doanket.indicators.DataValue;

/** A stored value; {@code display} is written the Vietnamese way (“72.925.000”, “Có”). */
record DataValueResponse(
        String indicator,
        long unitId,
        String period,
        String option,
        BigDecimal number,
        Boolean answer,
        String text,
        String display,
        String comment,
        int version,
        String updatedBy,
        Instant updatedAt,
        List<String> warnings) {

    static DataValueResponse of(DataValue v, List<String> warnings) {
        return new DataValueResponse(
                v.indicatorCode(),
                v.unitId(),
                v.periodId(),
                v.option(),
                v.number(),
                v.answer(),
                v.text(),
                v.display(),
                v.comment(),
                v.version(),
                v.updatedBy(),
                v.updatedAt(),
                warnings);
    }
}
