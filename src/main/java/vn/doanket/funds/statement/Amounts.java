package vn.doanket.funds.statement;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Reads the values of statement rows the way banks print them: "1,234,567", "10/09/2024", "12:01:29". */
public final class Amounts {

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
        if (v.length() > 25 || !grouped(v)) {
            throw StatementException.inColumn(
                    StatementException.RowReason.NOT_AN_AMOUNT, row, column, column, abbreviate(value));
        }
        long amount = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c != ',') {
                if (amount > (Long.MAX_VALUE - 9) / 10) {
                    throw StatementException.atRow(
                            StatementException.RowReason.AMOUNT_TOO_LARGE, row, abbreviate(value));
                }
                amount = amount * 10 + (c - '0');
            }
        }
        return amount;
    }

    /** "1,234,567" or "1234567": digits, optionally in groups of three after the first one to three. */
    private static boolean grouped(String v) {
        int comma = v.indexOf(',');
        if (comma < 0) {
            return digits(v, 0, v.length()) && !v.isEmpty();
        }
        if (comma == 0 || comma > 3 || !digits(v, 0, comma)) {
            return false;
        }
        for (int i = comma; i < v.length(); i += 4) {
            if (v.charAt(i) != ',' || i + 4 > v.length() || !digits(v, i + 1, i + 4)) {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public static Long optionalMoney(String value, String column, int row) {
        return value == null || value.isBlank() ? null : money(value, column, row);
    }

    public static LocalDate date(String value, int row) {
        if (value != null && value.length() == 10 && value.charAt(2) == '/' && value.charAt(5) == '/') {
            int d = twoDigits(value, 0);
            int m = twoDigits(value, 3);
            int y = twoDigits(value, 6) * 100 + twoDigits(value, 8);
            if (d > 0
                    && m > 0
                    && m <= 12
                    && y >= 0
                    && d <= java.time.YearMonth.of(y, m).lengthOfMonth()) {
                return LocalDate.of(y, m, d);
            }
        }
        try {
            return LocalDate.parse(value.strip(), DATE);
        } catch (DateTimeParseException | NullPointerException e) {
            throw StatementException.atRow(StatementException.RowReason.BAD_DATE, row, abbreviate(value));
        }
    }

    public static LocalTime time(String value, int row) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw StatementException.atRow(StatementException.RowReason.BAD_TIME, row, abbreviate(value));
        }
    }

    /** The number written by two ASCII digits at {@code at}, or -10000 when they are not digits. */
    private static int twoDigits(String s, int at) {
        char a = s.charAt(at);
        char b = s.charAt(at + 1);
        return a >= '0' && a <= '9' && b >= '0' && b <= '9' ? (a - '0') * 10 + (b - '0') : -10_000;
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
