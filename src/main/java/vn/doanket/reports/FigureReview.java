package vn.doanket.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One quantity of a source document with what was proposed and what the reviewer decided.
 *
 * @param status PROPOSED, ACCEPTED (as proposed), CORRECTED (accepted with changes) or REJECTED
 * @param proposedUnitCode the unit the text names, when its name is borne by one unit in the uploader's subtree
 * @param unitCandidates the units the name may stand for when several bear it (the reviewer picks one)
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
        String proposedUnitCode,
        List<UnitChoice> unitCandidates,
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

    public FigureReview {
        unitCandidates = unitCandidates == null ? List.of() : List.copyOf(unitCandidates);
    }

    /** A unit a name in the text may stand for: its code and a label telling it apart from namesakes. */
    public record UnitChoice(String code, String label) {}

    public boolean pending() {
        return "PROPOSED".equals(status);
    }

    public boolean accepted() {
        return "ACCEPTED".equals(status) || "CORRECTED".equals(status);
    }
}
