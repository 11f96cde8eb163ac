package vn.doanket.reports.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Proposes the indicator a quantity reports from a table of keyword rules
 * ({@code extraction/indicator-rules.tsv}): a rule names the units it applies to and the words that
 * must appear in the quantity's sentence. The first matching rule wins.
 */
public final class IndicatorRules {

    public record Proposal(String indicator, double confidence) {}

    record Rule(String code, Set<String> units, Set<String> shareOf, List<List<String>> keywords, double confidence) {

        boolean matches(Found f, String window) {
            if (f.unit() == null || !(units.contains("*") || units.contains(f.unit()))) {
                return false;
            }
            if (shareOf != null && !(shareOf.contains("*") || (f.noun() != null && shareOf.contains(f.noun())))) {
                return false;
            }
            for (List<String> group : keywords) {
                if (group.stream().noneMatch(k -> containsWord(window, k))) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final int BEFORE = 200;
    private static final int AFTER = 150;

    private final List<Rule> rules;

    IndicatorRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static IndicatorRules standard() {
        try (InputStream in = IndicatorRules.class.getResourceAsStream("/extraction/indicator-rules.tsv")) {
            if (in == null) {
                throw new IllegalStateException("extraction/indicator-rules.tsv is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IndicatorRules parse(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 5) {
                throw new IllegalStateException("indicator rule needs 5 tab-separated columns: " + line);
            }
            List<List<String>> keywords = c[3].isBlank()
                    ? List.of()
                    : Arrays.stream(c[3].split(";"))
                            .map(g -> Arrays.stream(g.split("\\|"))
                                    .map(String::strip)
                                    .toList())
                            .toList();
            rules.add(new Rule(
                    c[0].strip(),
                    Set.of(c[1].strip().split("\\|")),
                    c[2].strip().equals("-") ? null : Set.of(c[2].strip().split("\\|")),
                    keywords,
                    Double.parseDouble(c[4].strip())));
        }
        return new IndicatorRules(rules);
    }

    public Proposal propose(TextView text, Found found) {
        String window = window(text, found.start(), found.end());
        for (Rule rule : rules) {
            if (rule.matches(found, window)) {
                return new Proposal(rule.code(), rule.confidence());
            }
        }
        return null;
    }

    /** The folded sentence around the quantity, at most a few lines either side. */
    static String window(TextView text, int start, int end) {
        int from = Sentences.start(text.original(), start, BEFORE);
        int to = Sentences.end(text.original(), end, AFTER);
        return text.folded().substring(from, to);
    }

    static boolean containsWord(String haystack, String word) {
        int i = haystack.indexOf(word);
        while (i >= 0) {
            boolean startOk = i == 0 || !Character.isLetterOrDigit(haystack.charAt(i - 1));
            int e = i + word.length();
            boolean endOk = e >= haystack.length() || !Character.isLetterOrDigit(haystack.charAt(e));
            if (startOk && endOk) {
                return true;
            }
            i = haystack.indexOf(word, i + 1);
        }
        return false;
    }
}
