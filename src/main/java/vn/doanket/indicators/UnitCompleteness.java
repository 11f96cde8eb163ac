package vn.doanket.indicators;

/**
 * One expected unit in a completeness list. {@code onTime} is false when not submitted. {@code branch} is
 * the code of the child of the listed unit that this one lies under (null for the listed unit itself).
 */
public record UnitCompleteness(
        long unitId, String unitCode, String unitName, SubmissionStatus status, boolean onTime, String branch) {}
