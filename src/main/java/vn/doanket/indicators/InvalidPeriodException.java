package vn.doanket.indicators;

import vn.doanket.platform.DomainException;

/** A period id that is not one of the accepted forms. */
public class InvalidPeriodException extends DomainException {
    public InvalidPeriodException(String id) {
        super("ind.period-invalid", 400, IndicatorMessages.vi("error.ind.period-invalid", id), id);
    }
}
