package vn.doanket.indicators;

/** A period id that is not one of the accepted forms. */
public class InvalidPeriodException extends IndicatorException {
    public InvalidPeriodException(String id) {
        super("ind.period-invalid", 400, id);
    }
}
