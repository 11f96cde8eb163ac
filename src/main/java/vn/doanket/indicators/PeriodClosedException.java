package vn.doanket.indicators;

import vn.doanket.platform.DomainException;

/**
 * Figures for this period cannot be changed now: it has not opened yet ({@code ind.period-not-open})
 * or the form holding them was approved ({@code ind.period-locked}). Nothing was stored.
 */
public class PeriodClosedException extends DomainException {
    PeriodClosedException(String code, Object... args) {
        super(code, 409, IndicatorMessages.vi("error." + code, args), args);
    }
}
