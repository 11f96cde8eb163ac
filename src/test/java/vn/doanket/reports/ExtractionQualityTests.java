package vn.doanket.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures quantity extraction against the hand-written gold files: a found quantity counts when a
 * gold quantity has the same span and the same value. Prints precision and recall (and, for the
 * matched ones, how often unit, qualifier, ratio and indicator agree).
 */
class ExtractionQualityTests {

    static final List<String> REAL_REPORTS =
            List.of("000_9675c780699ffab1", "001_87ee0bde1a39a1ab", "002_96b00c4c85eac112", "003_725475eb74fe67a2");
    static final List<String> WRITTEN_REPORTS = List.of("100_domain-examples", "101_held-out");

    private final FigureExtractor extractor = new FigureExtractor();

    record Score(int gold, int found, int matched, int sameUnit, int sameQualifier, int sameRatio, int sameIndicator) {

        double precision() {
            return found == 0 ? 1 : (double) matched / found;
        }

        double recall() {
            return gold == 0 ? 1 : (double) matched / gold;
        }

        Score plus(Score o) {
            return new Score(
                    gold + o.gold,
                    found + o.found,
                    matched + o.matched,
                    sameUnit + o.sameUnit,
                    sameQualifier + o.sameQualifier,
                    sameRatio + o.sameRatio,
                    sameIndicator + o.sameIndicator);
        }

        @Override
        public String toString() {
            return String.format(
                    "gold %d, found %d, matched %d → precision %.3f, recall %.3f; of matched: unit %d, qualifier %d,"
                            + " ratio %d, indicator %d",
                    gold, found, matched, precision(), recall(), sameUnit, sameQualifier, sameRatio, sameIndicator);
        }
    }

    @Test
    void realReportsMeetPrecisionAndRecallTargets() throws IOException {
        Score total = scoreAll(REAL_REPORTS);
        System.out.println("Extraction quality, the four real reports: " + total);
        assertThat(total.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(total.recall()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void writtenReportsMeetPrecisionAndRecallTargets() throws IOException {
        Score total = scoreAll(WRITTEN_REPORTS);
        System.out.println("Extraction quality, the written reports: " + total);
        assertThat(total.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(total.recall()).isGreaterThanOrEqualTo(0.90);
    }

    private Score scoreAll(List<String> names) throws IOException {
        Score total = new Score(0, 0, 0, 0, 0, 0, 0);
        for (String name : names) {
            Score s = score(name);
            System.out.println("  " + name + ": " + s);
            total = total.plus(s);
        }
        return total;
    }

    private Score score(String name) throws IOException {
        String text = read("/extraction/reports/" + name + ".txt");
        JsonNode gold = JsonMapper.builder().build().readTree(read("/extraction/gold/" + name + ".json"));
        List<JsonNode> expected = new ArrayList<>();
        gold.get("quantities").forEach(expected::add);
        List<ExtractedQuantity> found = extractor.extract(text);
        int matched = 0, unit = 0, qualifier = 0, ratio = 0, indicator = 0;
        for (ExtractedQuantity q : found) {
            JsonNode g = expected.stream()
                    .filter(e -> e.get("start").asInt() == q.start()
                            && e.get("end").asInt() == q.end()
                            && new BigDecimal(e.get("value").asString()).compareTo(q.value()) == 0)
                    .findFirst()
                    .orElse(null);
            if (g == null) {
                System.out.println("    not in gold: " + q);
                continue;
            }
            matched++;
            unit += Objects.equals(text(g, "unit"), q.unit()) ? 1 : 0;
            qualifier += Objects.equals(text(g, "qualifier"), q.qualifier()) ? 1 : 0;
            String gr = text(g, "ratioOf");
            ratio += (gr == null
                            ? q.ratioOf() == null
                            : q.ratioOf() != null && new BigDecimal(gr).compareTo(q.ratioOf()) == 0)
                    ? 1
                    : 0;
            indicator += Objects.equals(text(g, "indicator"), q.indicator()) ? 1 : 0;
        }
        for (JsonNode e : expected) {
            boolean hit = found.stream()
                    .anyMatch(q -> q.start() == e.get("start").asInt()
                            && q.end() == e.get("end").asInt());
            if (!hit) {
                System.out.println("    missed: " + e);
            }
        }
        return new Score(expected.size(), found.size(), matched, unit, qualifier, ratio, indicator);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = ExtractionQualityTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
