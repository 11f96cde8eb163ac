package vn.doanket.indicators;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit's report on a form for a period. {@code onTime} is judged on the first submission, so a
 * report returned for correction and resubmitted late still counts as on time.
 */
public record Submission(
        long id,
        String formCode,
        long unitId,
        String periodId,
        SubmissionStatus status,
        LocalDate deadline,
        Instant firstSubmittedAt,
        boolean onTime,
        String submittedBy,
        Instant submittedAt,
        String decidedBy,
        Long decidedByUnitId,
        Instant decidedAt,
        String decisionComment,
        int version) {}
