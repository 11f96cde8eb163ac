package vn.doanket.indicators;

/** No report form has this code. */
public class FormNotFoundException extends IndicatorException {
    public FormNotFoundException(String code) {
        super("ind.form-not-found", 404, code);
    }
}
