package vn.doanket.indicators;

import java.math.BigDecimal;

/** Checks what was typed against an indicator's value type and range. */
final class ValueParser {

    static final int MAX_TEXT = 4000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_INTEGER_DIGITS = 20;
    private static final int MAX_DECIMALS = 4;

    private ValueParser() {}

    /** The checked value, or null when the input is blank (which removes a stored value). */
    static TypedValue parse(Indicator indicator, String raw, NumberNotation notation) {
        if (indicator.isComputed()) {
            throw new InvalidValueException("ind.indicator-computed", indicator.nameVi());
        }
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (indicator.valueType()) {
            case TEXT -> text(indicator, raw);
            case YES_NO ->
                YesNo.parse(raw)
                        .map(TypedValue::answer)
                        .orElseThrow(() ->
                                new InvalidValueException("ind.value-not-yes-no", raw.strip(), indicator.nameVi()));
            default -> TypedValue.number(number(indicator, raw, notation));
        };
    }

    private static TypedValue text(Indicator indicator, String raw) {
        String t = raw.strip();
        if (t.length() > MAX_TEXT) {
            throw new InvalidValueException(
                    "ind.value-too-long", indicator.nameVi(), Integer.toString(t.length()), Integer.toString(MAX_TEXT));
        }
        return TypedValue.text(t);
    }

    private static BigDecimal number(Indicator indicator, String raw, NumberNotation notation) {
        String shown = raw.strip();
        BigDecimal n = VietnameseNumbers.parse(raw, notation)
                .orElseThrow(() -> new InvalidValueException("ind.value-not-a-number", shown, indicator.nameVi()));
        if (indicator.valueType().isWholeNumber() && n.stripTrailingZeros().scale() > 0) {
            throw new InvalidValueException(
                    "ind.value-not-whole", shown, indicator.nameVi(), indicator.unitOfMeasureVi());
        }
        if (n.stripTrailingZeros().scale() > MAX_DECIMALS || n.precision() - n.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidValueException("ind.value-too-precise", shown, indicator.nameVi());
        }
        BigDecimal min = indicator.min();
        BigDecimal max = indicator.max();
        if (indicator.valueType() == ValueType.SHARE) {
            min = min == null ? BigDecimal.ZERO : min;
            max = max == null ? HUNDRED : max;
        }
        boolean negativesAllowed = min != null ? min.signum() < 0 : indicator.valueType() == ValueType.DECIMAL;
        if (n.signum() < 0 && !negativesAllowed) {
            throw new InvalidValueException("ind.value-negative", shown, indicator.nameVi());
        }
        if ((min != null && n.compareTo(min) < 0) || (max != null && n.compareTo(max) > 0)) {
            throw new InvalidValueException(
                    "ind.value-out-of-range",
                    shown,
                    indicator.nameVi(),
                    min == null ? "…" : VietnameseNumbers.format(min),
                    max == null ? "…" : VietnameseNumbers.format(max));
        }
        return n;
    }
}
