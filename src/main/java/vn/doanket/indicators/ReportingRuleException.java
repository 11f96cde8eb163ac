package vn.doanket.indicators;

/**
 * A rule of forms, targets or approval said no (wrong unit, wrong state, missing comment). Nothing
 * was changed. Codes {@code ind.form-*}, {@code ind.target-*}, {@code ind.submission-*}.
 */
public class ReportingRuleException extends IndicatorException {
    ReportingRuleException(String code, int status, Object... args) {
        super(code, status, args);
    }
}
