package vn.doanket.reports.extraction;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reads one number as Vietnamese write it: dots group thousands, a comma marks decimals. */
final class NumberShape {

    private static final Pattern THOUSANDS_DOT = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+(?:,\\d+)?");
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("\\d{1,3}(?:,\\d{3}){2,}");
    private static final Pattern DECIMAL_DOT = Pattern.compile("\\d+\\.\\d{1,2}");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

    private NumberShape() {}

    /**
     * The value of {@code raw}, or null when it is not shaped like a quantity ("1.2" section numbers,
     * "07.7.2023" dates, "0912" phone or code prefixes).
     *
     * @param scaleFollows a scale word comes next, so "1.5 triệu" may be read with a decimal point
     */
    static BigDecimal read(String raw, boolean scaleFollows) {
        if (raw.length() > 1 && raw.charAt(0) == '0' && raw.charAt(1) != ',') {
            return null;
        }
        if (THOUSANDS_DOT.matcher(raw).matches()) {
            return new BigDecimal(raw.replace(".", "").replace(',', '.'));
        }
        if (THOUSANDS_COMMA.matcher(raw).matches()) {
            return new BigDecimal(raw.replace(",", ""));
        }
        if (DECIMAL_COMMA.matcher(raw).matches()) {
            return new BigDecimal(raw.replace(',', '.'));
        }
        if (scaleFollows && DECIMAL_DOT.matcher(raw).matches()) {
            return new BigDecimal(raw);
        }
        return null;
    }

    static boolean isYear(String raw) {
        return YEAR.matcher(raw).matches();
    }

    /** "22/3", "10/10": could be a day and month. */
    static boolean couldBeDayMonth(String a, String b) {
        if (!a.matches("\\d{1,2}") || !b.matches("\\d{1,2}")) {
            return false;
        }
        int day = Integer.parseInt(a);
        int month = Integer.parseInt(b);
        return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    }
}
