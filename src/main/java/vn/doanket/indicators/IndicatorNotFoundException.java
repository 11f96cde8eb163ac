package vn.doanket.indicators;

import vn.doanket.platform.DomainException;

/** No indicator has this code. */
public class IndicatorNotFoundException extends DomainException {
    public IndicatorNotFoundException(String code) {
        super("ind.indicator-not-found", 404, IndicatorMessages.vi("error.ind.indicator-not-found", code), code);
    }
}
