package vn.doanket.indicators;

import java.math.BigDecimal;
import java.util.Objects;

/** A checked value: exactly one of number, text, answer. */
record TypedValue(BigDecimal number, String text, Boolean answer) {

    static TypedValue number(BigDecimal n) {
        return new TypedValue(n, null, null);
    }

    static TypedValue text(String t) {
        return new TypedValue(null, t, null);
    }

    static TypedValue answer(boolean a) {
        return new TypedValue(null, null, a);
    }

    /** 12.0000 from the database → 12; never exponent notation. */
    static BigDecimal plain(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    boolean sameAs(TypedValue other) {
        if (other == null) {
            return false;
        }
        boolean sameNumber =
                number == null ? other.number == null : other.number != null && number.compareTo(other.number) == 0;
        return sameNumber && Objects.equals(text, other.text) && Objects.equals(answer, other.answer);
    }

    String display() {
        if (number != null) {
            return VietnameseNumbers.format(number);
        }
        if (answer != null) {
            return YesNo.label(answer);
        }
        return text;
    }
}
