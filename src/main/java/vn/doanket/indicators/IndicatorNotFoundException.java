package vn.doanket.indicators;

/** No indicator has this code. */
public class IndicatorNotFoundException extends IndicatorException {
    public IndicatorNotFoundException(String code) {
        super("ind.indicator-not-found", 404, code);
    }
}
