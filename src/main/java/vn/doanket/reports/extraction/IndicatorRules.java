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

        /**
         * How far the nearest keyword is from the quantity (0 for a rule without keywords), or -1
         * when the rule does not apply.
         */
        int distance(Found f, String window, int at) {
            if (f.unit() == null || !(units.contains("*") || units.contains(f.unit()))) {
                return -1;
            }
            if (shareOf != null && !(shareOf.contains("*") || (f.noun() != null && shareOf.contains(f.noun())))) {
                return -1;
            }
            int nearest = keywords.isEmpty() ? 0 : Integer.MAX_VALUE;
            for (List<String> group : keywords) {
                int groupNearest = Integer.MAX_VALUE;
                for (String k : group) {
                    groupNearest = Math.min(groupNearest, nearestWord(window, k, at, f.end() - f.start()));
                }
                if (groupNearest == Integer.MAX_VALUE) {
                    return -1;
                }
                nearest = Math.min(nearest, groupNearest);
            }
            return nearest;
        }
    }

    /** Keywords starting with this must stand within a few characters before the quantity. */
    private static final String JUST_BEFORE = "<";

    private static final int JUST_BEFORE_CHARS = 25;

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

    /** The rule with a keyword nearest the quantity, in its sentence; the upper rule on a tie. */
    public Proposal propose(TextView text, Found found) {
        int from = Sentences.start(text.original(), found.start(), BEFORE);
        int to = Sentences.end(text.original(), found.end(), AFTER);
        String window = text.folded().substring(from, to);
        Rule best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Rule rule : rules) {
            int d = rule.distance(found, window, found.start() - from);
            if (d >= 0 && d < bestDistance) {
                best = rule;
                bestDistance = d;
            }
        }
        return best == null ? null : new Proposal(best.code(), best.confidence());
    }

    /**
     * Distance from the quantity (at {@code at}, {@code length} long, in {@code window}) to the nearest
     * whole-word occurrence of {@code keyword}; {@link Integer#MAX_VALUE} when there is none.
     */
    static int nearestWord(String window, String keyword, int at, int length) {
        boolean justBefore = keyword.startsWith(JUST_BEFORE);
        String word = justBefore ? keyword.substring(1) : keyword;
        int best = Integer.MAX_VALUE;
        int i = window.indexOf(word);
        while (i >= 0) {
            int e = i + word.length();
            boolean whole = (i == 0 || !Character.isLetterOrDigit(window.charAt(i - 1)))
                    && (e >= window.length() || !Character.isLetterOrDigit(window.charAt(e)));
            if (whole) {
                int d = e <= at ? at - e : i >= at + length ? i - at - length : 0;
                if (!justBefore || (e <= at && d <= JUST_BEFORE_CHARS)) {
                    best = Math.min(best, d);
                }
            }
            i = window.indexOf(word, i + 1);
        }
        return best;
    }
}
