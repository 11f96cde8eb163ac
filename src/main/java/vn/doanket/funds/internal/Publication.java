package vn.doanket.funds.internal;

import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import vn.doanket.funds.DonorDisplay;
import vn.doanket.platform.TextFolding;

/**
 * What the public may see of a statement line: account numbers masked (runs of nine or more
 * digits keep their last three), and a donor who asked to stay anonymous shown as such, with their
 * name and message left out of the text that search looks in.
 */
public final class Publication {

    public static final String ANONYMOUS = "Nhà hảo tâm ẩn danh";
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("(?<![A-Za-z0-9])\\d{6,}(\\d{3})(?![A-Za-z0-9])");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Publication() {}

    public static String maskAccounts(String text) {
        if (text == null) {
            return null;
        }
        return ACCOUNT_NUMBER.matcher(text).replaceAll(m -> "*".repeat(m.group().length() - 3) + m.group(1));
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
        for (String w : WORD_SPLIT.split(TextFolding.fold(text))) {
            if (!w.isEmpty() && w.length() <= 100) {
                words.add(w);
            }
        }
        return words;
    }

    private static final Pattern WORD_SPLIT = Pattern.compile("[^a-z0-9]+");
}
