package vn.doanket.indicators;

/**
 * A report form was created or changed (its indicators, period type, levels or assignments), published
 * in the editing transaction: data entry drops what it remembers of the forms once it commits.
 */
public record ReportFormChanged(long formId, String formCode) {}
