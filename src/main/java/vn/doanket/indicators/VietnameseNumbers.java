package vn.doanket.indicators;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doanket.platform.TextFolding;

/**
 * Numbers as people write them: dots group thousands and a comma marks decimals (72.925.000; 9,1),
 * optionally with a scale word (nghìn/ngàn, triệu, tỷ) and a currency or percent sign. A single dot
 * followed by other than three digits (“9.5”, typed on an English keyboard) is read as a decimal
 * point, since no Vietnamese writer groups digits that way.
 */
public final class VietnameseNumbers {

    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern PLAIN_COMMA = Pattern.compile("[+-]?\\d+(,\\d+)?");
    private static final Pattern ENGLISH_DECIMAL = Pattern.compile("[+-]?\\d+\\.(\\d{1,2}|\\d{4,})");
    private static final Pattern MACHINE = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern SUFFIX = Pattern.compile("^(.*?)\\s*(nghin|ngan|trieu|ty)?\\s*(dong|vnd|d|%)?$");

    private VietnameseNumbers() {}

    public static Optional<BigDecimal> parse(String raw, NumberNotation notation) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String s = raw.strip().replace("\u00a0", "").replace(" ", "");
        if (notation == NumberNotation.PLAIN) {
            return MACHINE.matcher(s).matches() ? Optional.of(new BigDecimal(s)) : Optional.empty();
        }
        Matcher m = SUFFIX.matcher(TextFolding.fold(s));
        if (!m.matches()) {
            return Optional.empty();
        }
        String number = m.group(1);
        BigDecimal value;
        if (GROUPED.matcher(number).matches() || PLAIN_COMMA.matcher(number).matches()) {
            value = new BigDecimal(number.replace(".", "").replace(',', '.'));
        } else if (ENGLISH_DECIMAL.matcher(number).matches()) {
            value = new BigDecimal(number);
        } else {
            return Optional.empty();
        }
        String scale = m.group(2);
        if (scale != null) {
            value = value.scaleByPowerOfTen(
                    switch (scale) {
                        case "nghin", "ngan" -> 3;
                        case "trieu" -> 6;
                        default -> 9;
                    });
        }
        return Optional.of(TypedValue.plain(value));
    }

    /** 72925000 → “72.925.000”; 9.1 → “9,1”. */
    public static String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        // as DecimalFormat("#,##0.####") with '.' grouping and ',' decimals would write it, without
        // building a formatter per figure (an audit entry of a form writes fifty of them)
        BigDecimal r = value.scale() > 4 ? value.setScale(4, java.math.RoundingMode.HALF_EVEN) : value;
        r = r.signum() == 0 ? BigDecimal.ZERO : r.stripTrailingZeros();
        String digits = r.abs().toPlainString();
        int point = digits.indexOf('.');
        int whole = point < 0 ? digits.length() : point;
        StringBuilder out = new StringBuilder(digits.length() + whole / 3 + 1);
        if (value.signum() < 0) {
            out.append('-');
        }
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        if (point >= 0) {
            out.append(',').append(digits, point + 1, digits.length());
        }
        return out.toString();
    }
}
