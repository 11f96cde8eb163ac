package vn.doanket.indicators;

/**
 * A typed value does not fit its indicator (text in a number field, a negative count, out of range,
 * the wrong level or breakdown). Nothing was stored. Codes: {@code ind.value-*},
 * {@code ind.indicator-computed}, {@code ind.level-not-entered}, {@code ind.option-*},
 * {@code ind.unit-not-in-force}, {@code ind.period-type-not-collected}.
 */
public class InvalidValueException extends IndicatorException {
    InvalidValueException(String code, Object... args) {
        super(code, 422, args);
    }
}
