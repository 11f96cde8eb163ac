package vn.doanket.funds.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Guesses who sent the money from what the bank printed, so a line can be matched to a donor. */
final class Counterparties {

    private static final Pattern CT_TU = Pattern.compile("CT tu \\d+ (.+?) toi ", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOI_DUNG =
            Pattern.compile("(?:Noi dung:|den:)\\s*(?:MBVCB\\.[\\d.]+)?", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_NAMES = Set.of(
            "UNG",
            "HO",
            "CHUYEN",
            "TIEN",
            "CT",
            "MBVCB",
            "CAC",
            "TINH",
            "BAO",
            "LU",
            "LUT",
            "DONG",
            "BAN",
            "CUU",
            "TRO",
            "MTTQ",
            "QUY",
            "NAPAS",
            "IBFT",
            "FT",
            "TK",
            "TU",
            "DEN",
            "VND",
            "TGTT",
            "ACC",
            "TIEN MAT");

    private Counterparties() {}

    /** From Agribank's text: "CT tu 0491… NGUYEN THI VAN ANH toi …" or leading capitals "NGUYEN THI ANH ung ho…". */
    static String fromText(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replace('\n', ' ');
        // The patterns only run on text that can match them: most lines have neither marker. The check
        // ignores ASCII case as the patterns do, without a lower-cased copy of every line.
        if (containsIgnoreCase(t, "ct tu ")) {
            Matcher ct = CT_TU.matcher(t);
            if (ct.find()) {
                return ct.group(1).strip();
            }
        }
        if (containsIgnoreCase(t, "noi dung:") || containsIgnoreCase(t, "den:")) {
            Matcher nd = NOI_DUNG.matcher(t);
            if (nd.find()) {
                t = t.substring(nd.end());
            }
        }
        List<String> words = new ArrayList<>();
        String s = t.strip();
        int i = 0;
        while (i <= s.length()) {
            int end = i;
            while (end < s.length() && !spaceChar(s.charAt(end))) {
                end++;
            }
            String w = s.substring(i, end);
            if (!upperWord(w) || NOT_NAMES.contains(w)) {
                break;
            }
            words.add(w);
            if (words.size() > 6) {
                return null;
            }
            while (end < s.length() && spaceChar(s.charAt(end))) {
                end++;
            }
            if (end >= s.length()) {
                break;
            }
            i = end;
        }
        return words.size() >= 2 && words.size() <= 6 ? String.join(" ", words) : null;
    }

    /** Whether {@code text} holds {@code lower} (lower-case ASCII) in any case. */
    private static boolean containsIgnoreCase(String text, String lower) {
        char first = lower.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        for (int i = 0, last = text.length() - lower.length(); i <= last; i++) {
            char c = text.charAt(i);
            if ((c == first || c == firstUpper) && text.regionMatches(true, i, lower, 0, lower.length())) {
                return true;
            }
        }
        return false;
    }

    /** What {@code \\s} matches. */
    private static boolean spaceChar(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** One to ten capital letters A–Z. */
    private static boolean upperWord(String w) {
        if (w.isEmpty() || w.length() > 10) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** From VietinBank's offset account: "TRAN TIEN ANH – A/C", "VND-TGTT-NGUYEN THU BINH – A/C". */
    static String fromOffsetAccount(String offset) {
        if (offset == null) {
            return null;
        }
        String s = offset.replace('\n', ' ').replaceAll("\\s+", " ").strip();
        int cut = s.lastIndexOf("– A/C");
        if (cut < 0) {
            cut = s.lastIndexOf("- A/C");
        }
        if (cut >= 0) {
            s = s.substring(0, cut).strip();
        }
        s = s.replaceFirst("^VND-TGTT-", "");
        if (s.isEmpty() || s.equals("ACC") || s.contains(",")) {
            return null;
        }
        return s.length() > 200 ? s.substring(0, 200) : s;
    }
}
