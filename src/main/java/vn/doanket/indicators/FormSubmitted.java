package vn.doanket.indicators;

/** A unit submitted a form for a period (again, after a return, when {@code resubmission}). */
public record FormSubmitted(
        long submissionId,
        String formCode,
        long unitId,
        String unitTreePath,
        String periodId,
        boolean onTime,
        boolean resubmission) {}
