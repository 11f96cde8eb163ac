package vn.doanket.indicators;

/** Where a unit's report for a period stands. Approved reports lock their values. */
public enum SubmissionStatus {
    NOT_SUBMITTED,
    SUBMITTED,
    APPROVED,
    /** Sent back by the level above with a comment; the unit corrects it and submits again. */
    RETURNED
}
