package vn.doanket.reports.extraction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds reporting periods the text names: "6 tháng đầu năm 2024", "Quý I/2024", "tháng 7/2024", "năm 2023". */
public final class PeriodFinder {

    private static final Pattern HALF = Pattern.compile("(?<!\\p{L})(6|sáu)\\s+tháng\\s+(đầu|cuối)\\s+năm\\s+(\\d{4})");
    private static final Pattern NINE =
            Pattern.compile("(?<!\\p{L})(?:9|chín)\\s+tháng\\s+(?:đầu\\s+)?năm\\s+(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile(
            "(?<!\\p{L})quý\\s+(iv|iii|ii|i|[1-4])(?![\\p{L}\\d])(?:\\s*/\\s*|\\s*,?\\s*năm\\s+)?(\\d{4})?");
    private static final Pattern MONTH =
            Pattern.compile("(?<!\\p{L})tháng\\s+(\\d{1,2})(?:\\s*/\\s*|\\s+năm\\s+)(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?<!\\p{L})năm\\s+((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    private static final Pattern YEAR_LATER = Pattern.compile("năm\\s+((?:19|20)\\d{2})(?!\\d)");

    public List<Mention> find(TextView text) {
        String lower = text.lower();
        List<Mention> found = new ArrayList<>();
        BitSet covered = new BitSet(lower.length());
        Matcher m = HALF.matcher(lower);
        while (m.find()) {
            add(found, covered, text, m, m.group(3) + (m.group(2).equals("đầu") ? "S1" : "S2"));
        }
        m = NINE.matcher(lower);
        while (m.find()) {
            add(found, covered, text, m, m.group(1) + "N9");
        }
        m = QUARTER.matcher(lower);
        while (m.find()) {
            String year = m.group(2) != null ? m.group(2) : yearSoonAfter(lower, m.end());
            year = year != null ? year : lastYearBefore(lower, m.start());
            if (year != null) {
                add(found, covered, text, m, year + "Q" + quarter(m.group(1)));
            }
        }
        m = MONTH.matcher(lower);
        while (m.find()) {
            int month = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12 && !cutOff(text, m.start())) {
                add(found, covered, text, m, m.group(2) + (month < 10 ? "0" : "") + month);
            }
        }
        m = YEAR.matcher(lower);
        while (m.find()) {
            add(found, covered, text, m, m.group(1));
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /**
     * "phương hướng nhiệm vụ 6 tháng cuối năm", "nhiệm vụ trọng tâm năm 2024": the period of the plan,
     * not of the figures reported, when such words stand in the same clause just before.
     */
    private static boolean forwardLooking(TextView text, int start) {
        int from = Math.max(0, start - 40);
        for (int i = start - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ',' || c == '.' || c == ';' || c == '\n' || c == '(') {
                from = i + 1;
                break;
            }
        }
        String clause = text.folded().substring(from, start);
        return clause.contains("phuong huong") || clause.contains("nhiem vu") || clause.contains("ke hoach");
    }

    /** "đến cuối tháng 11/2023" is the data cut-off, not the period reported. */
    private static boolean cutOff(TextView text, int start) {
        int end = text.skipSpacesBack(start);
        return QuantityScanner.endsWithAny(text, end, List.of("đến", "đến cuối", "tính đến", "cuối", "đến hết"));
    }

    private static String yearSoonAfter(String lower, int from) {
        Matcher y = YEAR_LATER.matcher(lower).region(from, Math.min(lower.length(), from + 60));
        return y.find() ? y.group(1) : null;
    }

    /** A quarter named without its year ("Quý I, MTTQ…") belongs to the last year the text mentioned. */
    private static String lastYearBefore(String lower, int at) {
        Matcher y = ANY_YEAR.matcher(lower).region(Math.max(0, at - 2000), at);
        String last = null;
        while (y.find()) {
            last = y.group();
        }
        return last;
    }

    private static int quarter(String q) {
        return switch (q) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }

    /** Keeps the first (most specific) reading of overlapping text: "6 tháng đầu năm 2024" is not also "năm 2024". */
    private static void add(List<Mention> found, BitSet covered, TextView text, Matcher m, String id) {
        if (forwardLooking(text, m.start())) {
            return;
        }
        int taken = covered.nextSetBit(m.start());
        if (taken >= 0 && taken < m.end()) {
            return;
        }
        covered.set(m.start(), m.end());
        found.add(new Mention(m.start(), m.end(), id, text.original().substring(m.start(), m.end())));
    }
}
