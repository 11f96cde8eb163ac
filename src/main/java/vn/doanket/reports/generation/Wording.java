package vn.doanket.reports.generation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Figures written the way Front officers write them in their reports: thousands with dots, decimals
 * with a comma, money with scale words ("hơn 9,1 tỷ đồng", "21,5 triệu đồng", "72.925.000 đồng"),
 * shares ("hơn 91%", "đạt 123% chỉ tiêu") and the comparison with the same period last year. A
 * missing figure is written as such, never as "null" or "NaN".
 */
public final class Wording {

    /** What is written where a figure is missing. */
    public static final String NO_FIGURE = "chưa có số liệu";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

    private Wording() {}

    /** A plain number: 72.925.000; 9,1; 0,25. Up to two decimals, trailing zeros dropped. */
    public static String number(BigDecimal value) {
        if (value == null) {
            return NO_FIGURE;
        }
        BigDecimal v = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            out.append(',').append(fraction);
        }
        return (v.signum() < 0 ? "-" : "") + out;
    }

    /** A count with its unit of measure: "1.234 hộ". */
    public static String count(BigDecimal value, String unitOfMeasure) {
        if (value == null) {
            return NO_FIGURE;
        }
        return unitOfMeasure == null || unitOfMeasure.isBlank() ? number(value) : number(value) + " " + unitOfMeasure;
    }

    /**
     * Money as a report writes it. A round amount takes its scale word ("21,5 triệu đồng", "2,5 tỷ
     * đồng"); from a billion up an uneven amount is cut to one decimal after "hơn" ("hơn 9,1 tỷ
     * đồng"); below that it is written out in full ("72.925.000 đồng"), as funds are accounted to the đồng.
     */
    public static String money(BigDecimal dong) {
        if (dong == null) {
            return NO_FIGURE;
        }
        BigDecimal abs = dong.abs();
        if (abs.compareTo(BILLION) >= 0) {
            return scaled(dong, BILLION, "tỷ", true);
        }
        if (abs.compareTo(MILLION) >= 0) {
            return scaled(dong, MILLION, "triệu", false);
        }
        return exactMoney(dong);
    }

    /** Money to the đồng: "72.925.000 đồng". */
    public static String exactMoney(BigDecimal dong) {
        if (dong == null) {
            return NO_FIGURE;
        }
        return number(dong.setScale(0, RoundingMode.HALF_UP)) + " đồng";
    }

    private static String scaled(BigDecimal dong, BigDecimal scale, String word, boolean approximate) {
        BigDecimal inScale = dong.divide(scale);
        if (inScale.stripTrailingZeros().scale() <= 2) {
            return number(inScale) + " " + word + " đồng";
        }
        if (!approximate) {
            return exactMoney(dong);
        }
        BigDecimal cut = inScale.setScale(1, RoundingMode.DOWN);
        return (dong.signum() < 0 ? "" : "hơn ") + number(cut) + " " + word + " đồng";
    }

    /** A percentage as written: "53%", "53,5%". */
    public static String percent(BigDecimal percent) {
        if (percent == null) {
            return NO_FIGURE;
        }
        return number(percent.setScale(1, RoundingMode.HALF_UP)) + "%";
    }

    /**
     * A share as officers round it: whole shares as they are ("100%"), otherwise "hơn 91%" below the
     * half and "gần 92%" from the half up.
     */
    public static String approximateShare(BigDecimal percent) {
        if (percent == null) {
            return NO_FIGURE;
        }
        BigDecimal whole = percent.setScale(0, RoundingMode.DOWN);
        BigDecimal fraction = percent.subtract(whole);
        if (fraction.signum() == 0) {
            return number(whole) + "%";
        }
        if (fraction.compareTo(new BigDecimal("0.5")) < 0) {
            return "hơn " + number(whole) + "%";
        }
        return "gần " + number(whole.add(BigDecimal.ONE)) + "%";
    }

    /** actual ÷ target as a whole percent, rounded half up; null without a usable target. */
    public static Integer achievementPercent(BigDecimal actual, BigDecimal target) {
        if (actual == null || target == null || target.signum() == 0) {
            return null;
        }
        return actual.multiply(HUNDRED).divide(target, 0, RoundingMode.HALF_UP).intValueExact();
    }

    /** "đạt 123%" of a target, or an empty string when there is no target to compare with. */
    public static String reached(BigDecimal actual, BigDecimal target) {
        Integer p = achievementPercent(actual, target);
        return p == null ? "" : "đạt " + p + "%";
    }

    /**
     * A figure against its target: "54/44 đơn vị máu, đạt 123% chỉ tiêu". Without a target, just the
     * figure with its unit.
     */
    public static String againstTarget(BigDecimal actual, BigDecimal target, String unitOfMeasure) {
        if (actual == null) {
            return NO_FIGURE;
        }
        Integer p = achievementPercent(actual, target);
        if (p == null) {
            return count(actual, unitOfMeasure);
        }
        return count(number(actual) + "/" + number(target), unitOfMeasure) + ", đạt " + p + "% chỉ tiêu";
    }

    /** A ratio of two counts: "9/17". */
    public static String ratio(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null) {
            return NO_FIGURE;
        }
        return number(part) + "/" + number(whole);
    }

    /**
     * The change from the same period last year: "tăng 12% so với cùng kỳ", "giảm 5% so với cùng
     * kỳ", "bằng cùng kỳ". Empty when last year has no figure or was zero, since no share of nothing
     * means anything.
     */
    public static String versusLastYear(BigDecimal current, BigDecimal lastYear) {
        if (current == null || lastYear == null || lastYear.signum() == 0) {
            return "";
        }
        BigDecimal change =
                current.subtract(lastYear).multiply(HUNDRED).divide(lastYear.abs(), 1, RoundingMode.HALF_UP);
        if (change.signum() == 0) {
            return "bằng cùng kỳ";
        }
        BigDecimal shown = change.abs().compareTo(BigDecimal.ONE) < 0
                ? change.abs()
                : change.abs().setScale(0, RoundingMode.HALF_UP);
        return (change.signum() > 0 ? "tăng " : "giảm ") + number(shown) + "% so với cùng kỳ";
    }

    /** Appends a clause with a comma when it has text: {@code ("hiến 54 đơn vị", "tăng 8%")}. */
    static String with(String base, String clause) {
        return clause == null || clause.isBlank() ? base : base + " (" + clause + ")";
    }

    private static String count(String figure, String unitOfMeasure) {
        return unitOfMeasure == null || unitOfMeasure.isBlank() ? figure : figure + " " + unitOfMeasure;
    }

    /**
     * The date line of an official document (Nghị định 30/2020): days below 10 and the months
     * January and February take a leading zero: "ngày 06 tháng 7 năm 2025", "ngày 15 tháng 02 năm 2024".
     */
    public static String documentDate(LocalDate date) {
        int m = date.getMonthValue();
        return "ngày %02d tháng %s năm %d"
                .formatted(date.getDayOfMonth(), m <= 2 ? "0" + m : Integer.toString(m), date.getYear());
    }
}
