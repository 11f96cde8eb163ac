package vn.doanket.reports;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One quantity of a source document with what was proposed and what the reviewer decided.
 *
 * @param status PROPOSED, ACCEPTED (as proposed), CORRECTED (accepted with changes) or REJECTED
 * @param dataValueId the data value the accepted figure became, or null (rejected, pending, or a computed
 *     indicator that is not entered)
 */
public record FigureReview(
        long id,
        long documentId,
        int start,
        int end,
        String text,
        BigDecimal value,
        String unitOfMeasure,
        String qualifier,
        BigDecimal ratioOf,
        String proposedIndicator,
        String proposedPeriod,
        String proposedUnitName,
        double confidence,
        String status,
        BigDecimal acceptedValue,
        String acceptedIndicator,
        String acceptedPeriod,
        String acceptedUnitCode,
        String acceptedOption,
        Long dataValueId,
        String reviewedBy,
        Instant reviewedAt,
        int version) {

    public boolean pending() {
        return "PROPOSED".equals(status);
    }

    public boolean accepted() {
        return "ACCEPTED".equals(status) || "CORRECTED".equals(status);
    }
}
