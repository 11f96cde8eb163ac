package vn.doanket.indicators;

/** One expected unit in a completeness list. {@code onTime} is false when not submitted. */
public record UnitCompleteness(
        long unitId, String unitCode, String unitName, SubmissionStatus status, boolean onTime) {}
