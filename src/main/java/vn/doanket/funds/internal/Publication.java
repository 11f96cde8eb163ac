package vn.doanket.funds.internal;

import java.time.format.DateTimeFormatter;
import vn.doanket.funds.DonorDisplay;
import vn.doanket.platform.TextFolding;

/**
 * What the public may see of a statement line: account numbers masked (runs of nine or more
 * digits keep their last three), and a donor who asked to stay anonymous shown as such, with their
 * name and message left out of the text that search looks in.
 */
public final class Publication {

    public static final String ANONYMOUS = "Nhà hảo tâm ẩn danh";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Publication() {}

    /**
     * Masks account numbers: a run of nine or more digits 0-9 with no letter A-Z/a-z or digit on either
     * side keeps its last three digits, the others become "*". One scan rather than the regular
     * expression it replaced, which was the largest cost of building a line's public row; PublicationTests
     * compares the two.
     */
    public static String maskAccounts(String text) {
        if (text == null || longestDigitRun(text) < 9) {
            return text;
        }
        char[] out = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!digit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && digit(text.charAt(i))) {
                i++;
            }
            boolean alone =
                    (start == 0 || !asciiLetter(text.charAt(start - 1))) && (i == n || !asciiLetter(text.charAt(i)));
            if (alone && i - start >= 9) {
                if (out == null) {
                    out = text.toCharArray();
                }
                java.util.Arrays.fill(out, start, i - 3, '*');
            }
        }
        return out == null ? text : new String(out);
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean asciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** The name shown for a line, by the donor's choice; lines without a donor show the bank's name. */
    public static String name(String counterparty, String donorName, DonorDisplay display) {
        if (display == DonorDisplay.ANONYMOUS) {
            return ANONYMOUS;
        }
        String name = donorName != null ? donorName : counterparty;
        if (name == null) {
            return "";
        }
        return display == DonorDisplay.MASKED ? maskName(name) : name;
    }

    /**
     * The more private of two choices: a gift entered as anonymous stays so, and a donor who later asks
     * to be masked or anonymous is shown so on the gifts entered before.
     */
    public static DonorDisplay stricter(DonorDisplay a, DonorDisplay b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    public static String details(String details, DonorDisplay display) {
        return display == DonorDisplay.ANONYMOUS ? "" : maskAccounts(details);
    }

    /** "NGUYEN THI VAN ANH" → "NGUYEN T. V. A.": the family name stays, the rest are initials. */
    static String maskName(String name) {
        String[] words = name.strip().split("\\s+");
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            out.append(' ').append(words[i].charAt(0)).append('.');
        }
        return out.toString();
    }

    /**
     * The words search looks in, as a tsvector literal: what is shown (name and masked message)
     * plus the reference, folded, split into distinct words of letters and digits.
     */
    public static String searchWords(
            String counterparty, String donorName, DonorDisplay display, String details, String reference) {
        StringBuilder s = new StringBuilder();
        if (display != DonorDisplay.ANONYMOUS) {
            s.append(name(counterparty, donorName, display)).append(' ').append(maskAccounts(details));
        }
        if (reference != null) {
            s.append(' ').append(reference);
        }
        java.util.Set<String> words = new java.util.LinkedHashSet<>(words(s.toString()));
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (String w : words) {
            out.append(out.isEmpty() ? "" : " ").append('\'').append(w).append('\'');
        }
        return out.toString();
    }

    /** Folded words of letters a-z and digits only, so they are safe in a tsvector or tsquery. */
    public static java.util.List<String> words(String text) {
        java.util.List<String> words = new java.util.ArrayList<>();
        String folded = isAscii(text) ? text : TextFolding.fold(text);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            if (c >= 'A' && c <= 'Z') {
                word.append((char) (c + ('a' - 'A')));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                word.append(c);
            } else if (!word.isEmpty()) {
                if (word.length() <= 100) {
                    words.add(word.toString());
                }
                word.setLength(0);
            }
        }
        return words;
    }

    /** Folds like {@link TextFolding#fold}, without the Unicode work for plain ASCII (most bank text). */
    public static String fold(String text) {
        if (text == null || !isAscii(text)) {
            return TextFolding.fold(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static int longestDigitRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
