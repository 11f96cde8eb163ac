package vn.doanket.funds.statement;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/** Reads the values of statement rows the way banks print them: "1,234,567", "10/09/2024", "12:01:29". */
public final class Amounts {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Amounts() {}

    /** Whole đồng, or 0 for an empty cell. */
    public static long money(String value, String column, int row) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return 0;
        }
        if (v.endsWith(".00")) {
            v = v.substring(0, v.length() - 3);
        }
        if (!GROUPED.matcher(v).matches() || v.length() > 25) {
            throw new StatementException("Dòng " + row + ": cột " + column + " có giá trị \"" + abbreviate(value)
                    + "\" không phải là số tiền " + "(cần dạng 1,234,567).");
        }
        try {
            return Long.parseLong(v.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new StatementException("Dòng " + row + ": số tiền \"" + abbreviate(value) + "\" quá lớn.");
        }
    }

    public static Long optionalMoney(String value, String column, int row) {
        return value == null || value.isBlank() ? null : money(value, column, row);
    }

    public static LocalDate date(String value, int row) {
        try {
            return LocalDate.parse(value.strip(), DATE);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new StatementException("Dòng " + row + ": ngày \"" + abbreviate(value)
                    + "\" không hợp lệ (cần dạng dd/MM/yyyy, ví dụ 10/09/2024).");
        }
    }

    public static LocalTime time(String value, int row) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new StatementException(
                    "Dòng " + row + ": giờ \"" + abbreviate(value) + "\" không hợp lệ (cần dạng HH:mm:ss).");
        }
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
