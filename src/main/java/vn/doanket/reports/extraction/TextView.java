package vn.doanket.reports.extraction;

import java.text.Normalizer;

/**
 * The input text seen three ways with the same offsets: as written, lower-cased (diacritics kept,
 * so "thứ" and "thu" stay apart) and folded ("Đại đoàn kết" → "dai doan ket") for keyword rules.
 * Folding is done per character so that every offset found in a view is an offset into the input.
 */
public final class TextView {

    private final String original;
    private final String lower;
    private final String folded;

    public TextView(String original) {
        this.original = original;
        char[] low = new char[original.length()];
        char[] fold = new char[original.length()];
        for (int i = 0; i < low.length; i++) {
            char c = original.charAt(i);
            char l = Character.toLowerCase(c);
            low[i] = l;
            fold[i] = foldChar(l);
        }
        this.lower = new String(low);
        this.folded = new String(fold);
    }

    /** Folded forms of U+0000..U+1FFF (all Vietnamese letters), computed once. */
    private static final char[] FOLD_TABLE = new char[0x2000];

    static {
        for (char c = 0; c < FOLD_TABLE.length; c++) {
            FOLD_TABLE[c] = computeFold(c);
        }
    }

    private static char foldChar(char c) {
        return c < FOLD_TABLE.length ? FOLD_TABLE[c] : computeFold(c);
    }

    private static char computeFold(char c) {
        if (c < 0x80) {
            return c;
        }
        if (c == 'đ') {
            return 'd';
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return '\u0000';
        }
        if (Character.isSpaceChar(c)) {
            return ' ';
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return d.isEmpty() ? c : d.charAt(0);
    }

    public String original() {
        return original;
    }

    public String lower() {
        return lower;
    }

    public String folded() {
        return folded;
    }

    public int length() {
        return original.length();
    }

    /** True when {@code word} (lower-cased) starts at {@code at} and is not glued to a following letter. */
    public boolean lowerWordAt(int at, String word) {
        return lower.startsWith(word, at) && !isLetterAt(at + word.length());
    }

    public boolean isLetterAt(int at) {
        return at >= 0 && at < original.length() && Character.isLetter(original.charAt(at));
    }

    public boolean isDigitAt(int at) {
        return at >= 0 && at < original.length() && Character.isDigit(original.charAt(at));
    }

    public char charAt(int at) {
        return at >= 0 && at < original.length() ? original.charAt(at) : '\u0000';
    }

    /** Index of the first non-whitespace character at or after {@code at}. */
    public int skipSpaces(int at) {
        int i = at;
        while (i < original.length() && isSpace(original.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Index just after the last non-whitespace character before {@code at}. */
    public int skipSpacesBack(int at) {
        int i = at;
        while (i > 0 && isSpace(original.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The lower-cased word ending at {@code end} (letters only), or "" when a non-letter is there. */
    public String lowerWordBefore(int end) {
        int i = end;
        while (i > 0 && Character.isLetter(original.charAt(i - 1))) {
            i--;
        }
        return lower.substring(i, end);
    }
}
