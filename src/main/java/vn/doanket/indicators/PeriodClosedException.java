package vn.doanket.indicators;

/**
 * Figures for this period cannot be changed now: it has not opened yet ({@code ind.period-not-open})
 * or the form holding them was approved ({@code ind.period-locked}). Nothing was stored.
 */
public class PeriodClosedException extends IndicatorException {
    PeriodClosedException(String code, Object... args) {
        super(code, 409, args);
    }
}
