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
    private static final Pattern UPPER_WORD = Pattern.compile("[A-Z]{1,10}");
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
        Matcher ct = CT_TU.matcher(t);
        if (ct.find()) {
            return ct.group(1).strip();
        }
        Matcher nd = NOI_DUNG.matcher(t);
        if (nd.find()) {
            t = t.substring(nd.end());
        }
        List<String> words = new ArrayList<>();
        for (String w : t.strip().split("\\s+")) {
            if (!UPPER_WORD.matcher(w).matches() || NOT_NAMES.contains(w)) {
                break;
            }
            words.add(w);
        }
        return words.size() >= 2 && words.size() <= 6 ? String.join(" ", words) : null;
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
