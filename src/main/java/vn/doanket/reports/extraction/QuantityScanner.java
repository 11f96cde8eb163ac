package vn.doanket.reports.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantities in a text: every run of digits is read with its scale word, unit and
 * qualifier, unless its shape or the words around it say it is a date, a year, a term, a time, a
 * phone number, a document or legal reference, or the ordinal name of something.
 */
public final class QuantityScanner {

    private static final Pattern CANDIDATE = Pattern.compile("\\d+(?:[.,]\\d+)*(?:/\\d+(?:[.,]\\d+)*)*");
    private static final Pattern COMPOUND_PART = Pattern.compile("\\d{1,3}(?:,\\d+)?");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d.,])(?:\\+84|0)(?:\\d[ .\\-]?){8,10}\\d(?!\\d)|\\(0\\d{1,3}\\)\\s?\\d{3,4}[ .]?\\d{3,4}");
    private static final String JOINERS = "/-–_";

    public List<Found> scan(TextView text) {
        List<int[]> phones = phones(text);
        List<Found> found = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text.original());
        int from = 0;
        int phone = 0;
        while (from < text.length() && m.find(from)) {
            int s = m.start();
            int e = m.end();
            while (phone < phones.size() && phones.get(phone)[1] <= s) {
                phone++;
            }
            boolean inPhone = phone < phones.size() && phones.get(phone)[0] <= s;
            Found f = inPhone ? null : read(text, s, e);
            if (f != null) {
                found.add(f);
                from = f.end();
            } else {
                from = inPhone ? phones.get(phone)[1] : e;
            }
        }
        return found;
    }

    private static List<int[]> phones(TextView text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = PHONE.matcher(text.original());
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    private Found read(TextView t, int s, int e) {
        String raw = t.original().substring(s, e);
        if (gluedToSomething(t, s, e) || isListMarker(t, s, e)) {
            return null;
        }
        int wordEnd = t.skipSpacesBack(s);
        if (wordEnd > 0 && t.charAt(wordEnd - 1) == ':' && !t.isDigitAt(wordEnd - 2)) {
            wordEnd = t.skipSpacesBack(wordEnd - 1);
        }
        if (endsWithAny(t, wordEnd, Lexicon.ORDINAL_WORDS) && !endsWithAny(t, wordEnd, List.of("tổng số"))) {
            return null;
        }
        if (endsWithAny(t, wordEnd, Lexicon.LEGAL_WORDS)) {
            return null;
        }
        int slash = raw.indexOf('/');
        if (slash >= 0 && endsWithAny(t, wordEnd, Lexicon.DOCUMENT_WORDS)) {
            return null;
        }
        return slash < 0 ? readNumber(t, s, e, raw) : readRatio(t, s, e, raw);
    }

    /** "QH15", "231-KL", "12/BC", "0:00", "I/2024", "15h": part of a code, a time or a word. */
    private static boolean gluedToSomething(TextView t, int s, int e) {
        char before = t.charAt(s - 1);
        if (Character.isLetter(before)) {
            return true;
        }
        if (JOINERS.indexOf(before) >= 0 && (t.isLetterAt(s - 2) || t.isDigitAt(s - 2))) {
            return true;
        }
        if (".,:".indexOf(before) >= 0 && t.isDigitAt(s - 2)) {
            return true;
        }
        char after = t.charAt(e);
        if ((after == '/' || after == '-' || after == '_' || after == '–')
                && (t.isLetterAt(e + 1) || t.isDigitAt(e + 1))) {
            return true;
        }
        if (after == ':' && t.isDigitAt(e + 1)) {
            return true;
        }
        if (Character.isLetter(after)) {
            return gluedUnit(t, e) == null;
        }
        return false;
    }

    private static String gluedUnit(TextView t, int at) {
        int i = at;
        while (i < t.length() && Character.isLetter(t.charAt(i))) {
            i++;
        }
        String word = t.lower().substring(at, i);
        return Lexicon.GLUED_UNITS.contains(word) ? word : null;
    }

    /** "1. Công tác…", "2) Kết quả", "(3)": numbering, not figures. */
    private static boolean isListMarker(TextView t, int s, int e) {
        char after = t.charAt(e);
        if (t.charAt(s - 1) == '(' && after == ')') {
            return true;
        }
        if ((after == '.' || after == ')') && (e + 1 >= t.length() || TextView.isSpace(t.charAt(e + 1)))) {
            int i = s;
            while (i > 0
                    && t.charAt(i - 1) != '\n'
                    && (TextView.isSpace(t.charAt(i - 1)) || "-–•*+".indexOf(t.charAt(i - 1)) >= 0)) {
                i--;
            }
            return i == 0 || t.charAt(i - 1) == '\n';
        }
        return false;
    }

    private Found readNumber(TextView t, int s, int e, String raw) {
        int next = Character.isLetter(t.charAt(e)) ? e : t.skipSpaces(e);
        Map.Entry<String, BigDecimal> scale = wordAt(t, next, SCALES_BY_FIRST);
        BigDecimal value = NumberShape.read(raw, scale != null);
        if (value == null || followedByTimeWord(t, next)) {
            return null;
        }
        int end = e;
        boolean scaled = false;
        if (scale != null) {
            value = value.multiply(scale.getValue());
            end = next + scale.getKey().length();
            scaled = true;
            int[] compound = compound(t, end, scale.getValue());
            if (compound != null) {
                BigDecimal part = NumberShape.read(t.original().substring(compound[0], compound[1]), false);
                value = value.add(part.multiply(Lexicon.SCALES.get(t.lower().substring(compound[2], compound[3]))));
                end = compound[3];
            }
        }
        Unit unit = unitAt(t, end);
        if (!scaled && unit == null && NumberShape.isYear(raw)) {
            return null;
        }
        return build(t, s, end, value, null, unit, scaled);
    }

    /** "3 tỷ 500 triệu": a smaller scale right after the first adds to it. Returns number and scale spans. */
    private static int[] compound(TextView t, int at, BigDecimal biggerScale) {
        int p = t.skipSpaces(at);
        Matcher m = COMPOUND_PART.matcher(t.original()).region(p, t.length());
        if (p == at || !m.lookingAt() || t.isDigitAt(m.end()) || t.charAt(m.end()) == '.') {
            return null;
        }
        int q = t.skipSpaces(m.end());
        Map.Entry<String, BigDecimal> scale = wordAt(t, q, SCALES_BY_FIRST);
        if (scale == null || scale.getValue().compareTo(biggerScale) >= 0) {
            return null;
        }
        return new int[] {p, m.end(), q, q + scale.getKey().length()};
    }

    private Found readRatio(TextView t, int s, int e, String raw) {
        String[] parts = raw.split("/");
        if (parts.length != 2) {
            return null;
        }
        BigDecimal part = NumberShape.read(parts[0], false);
        BigDecimal whole = NumberShape.read(parts[1], false);
        if (part == null || whole == null) {
            return null;
        }
        Unit unit = unitAt(t, e);
        boolean unitCounts = unit != null && !unit.canonical().equals("%");
        if (NumberShape.isYear(parts[1]) && !unitCounts) {
            return null;
        }
        if (NumberShape.couldBeDayMonth(parts[0], parts[1])) {
            int wordEnd = t.skipSpacesBack(s);
            if (!unitCounts || endsWithAny(t, wordEnd, Lexicon.DATE_CUES)) {
                return null;
            }
        }
        return build(t, s, unit == null ? e : unit.end(), part, whole, unit, false);
    }

    private Found build(TextView t, int s, int end, BigDecimal value, BigDecimal ratioOf, Unit unit, boolean scaled) {
        String qualifier = qualifierBefore(t, s);
        int spanEnd = unit == null ? end : unit.end();
        String noun = null;
        if (unit != null && unit.canonical().equals("%")) {
            Unit counted = unitAt(t, unit.end());
            noun = counted == null || counted.canonical().equals("%") ? null : counted.canonical();
        }
        double confidence = unit != null ? 0.9 : 0.65;
        if (ratioOf != null && unit == null) {
            confidence = 0.6;
        }
        if (scaled) {
            confidence += 0.05;
        }
        return new Found(
                s,
                spanEnd,
                value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros(),
                unit == null ? null : unit.canonical(),
                qualifier,
                ratioOf,
                noun,
                Math.min(confidence, 0.98));
    }

    private static boolean followedByTimeWord(TextView t, int at) {
        for (String w : Lexicon.TIME_WORDS) {
            if (t.lowerWordAt(at, w)) {
                return !(w.equals("ngày") && t.lowerWordAt(t.skipSpaces(at + w.length()), "công"));
            }
        }
        return false;
    }

    private static String qualifierBefore(TextView t, int s) {
        int end = t.skipSpacesBack(s);
        for (String q : Lexicon.QUALIFIERS) {
            if (endsWithPhrase(t, end, q)) {
                return q;
            }
        }
        return null;
    }

    record Unit(String canonical, int end) {}

    private static Unit unitAt(TextView t, int at) {
        int p = t.charAt(at) == '%' ? at : t.skipSpaces(at);
        if (t.charAt(p) == '%') {
            return new Unit("%", p + 1);
        }
        Map.Entry<String, String> unit = wordAt(t, p, UNITS_BY_FIRST);
        return unit == null ? null : new Unit(unit.getValue(), p + unit.getKey().length());
    }

    private static final Map<Character, List<Map.Entry<String, String>>> UNITS_BY_FIRST = byFirstChar(Lexicon.UNITS);
    private static final Map<Character, List<Map.Entry<String, BigDecimal>>> SCALES_BY_FIRST =
            byFirstChar(Lexicon.SCALES);

    /** Words grouped by first character, longest first within a group, so a lookup tries only a few. */
    private static <V> Map<Character, List<Map.Entry<String, V>>> byFirstChar(Map<String, V> words) {
        Map<Character, List<Map.Entry<String, V>>> index = new java.util.HashMap<>();
        for (Map.Entry<String, V> w : words.entrySet()) {
            index.computeIfAbsent(w.getKey().charAt(0), c -> new ArrayList<>())
                    .add(Map.entry(w.getKey(), w.getValue()));
        }
        return index;
    }

    private static <V> Map.Entry<String, V> wordAt(
            TextView t, int at, Map<Character, List<Map.Entry<String, V>>> index) {
        if (at >= t.length()) {
            return null;
        }
        for (Map.Entry<String, V> w : index.getOrDefault(t.lower().charAt(at), List.of())) {
            if (t.lowerWordAt(at, w.getKey())) {
                return w;
            }
        }
        return null;
    }

    static boolean endsWithAny(TextView t, int end, Collection<String> phrases) {
        for (String p : phrases) {
            if (endsWithPhrase(t, end, p)) {
                return true;
            }
        }
        return false;
    }

    static boolean endsWithPhrase(TextView t, int end, String phrase) {
        int start = end - phrase.length();
        return start >= 0 && t.lower().startsWith(phrase, start) && !t.isLetterAt(start - 1);
    }
}
