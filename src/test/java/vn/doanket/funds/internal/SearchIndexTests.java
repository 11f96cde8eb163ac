package vn.doanket.funds.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The in-memory index against a plain model (a list of lines scanned in order): built by merges in
 * random batches, out of date order, with words of some lines rewritten, it answers many random
 * questions (words, alternatives, dates, amounts, paging) with exactly the model's lines.
 */
class SearchIndexTests {

    static final String[] VOCABULARY = {
        "nguyen",
        "thi",
        "anh",
        "tran",
        "van",
        "hau",
        "le",
        "pham",
        "ung",
        "ho",
        "dong",
        "bao",
        "lu",
        "lut",
        "yagi",
        "mien",
        "bac",
        "7001",
        "a500000",
        "a200000",
        "a1000000",
        "d9019",
        "d9020",
        "d9021",
        "x1",
        "x2",
        "x3"
    };

    /** A line of the model; {@code shown} stands for what the public sees of it (its packed row). */
    record Model(long id, int day, long amount, Set<String> words, String shown) {}

    @Test
    void answersLikeAScanOfEveryLine() {
        for (long seed = 1; seed <= 25; seed++) {
            check(new Random(seed));
        }
    }

    /** The same with every common word also held as bits (what a large fund's common words get). */
    @Test
    void answersLikeAScanOfEveryLineWhenCommonWordsHaveBits() {
        int before = SearchIndex.denseMinimum;
        SearchIndex.denseMinimum = 1;
        try {
            for (long seed = 1; seed <= 25; seed++) {
                check(new Random(seed));
            }
        } finally {
            SearchIndex.denseMinimum = before;
        }
    }

    private void check(Random random) {
        SearchIndex index = SearchIndex.EMPTY;
        Map<Long, Model> model = new HashMap<>();
        long nextId = 1;
        int batches = 1 + random.nextInt(6);
        for (int b = 0; b < batches; b++) {
            List<SearchIndex.Line> batch = new ArrayList<>();
            int size = random.nextInt(300);
            int baseDay = 9000 + random.nextInt(40);
            for (int i = 0; i < size; i++) {
                // now and then a gift, whose key has the gift bit and sorts after the day's lines
                long id = random.nextInt(8) == 0 ? PublicRows.GIFT | nextId++ : nextId++;
                Model m = line(random, id, baseDay + random.nextInt(10));
                model.put(m.id(), m);
                batch.add(toLine(m));
            }
            // rewrite the words of some lines already held
            if (!model.isEmpty()) {
                List<Long> ids = new ArrayList<>(model.keySet());
                for (int i = 0; i < random.nextInt(20); i++) {
                    Model old = model.get(ids.get(random.nextInt(ids.size())));
                    Model m = new Model(
                            old.id(), old.day(), old.amount(), words(random), "rewritten " + random.nextInt());
                    model.put(m.id(), m);
                    batch.add(toLine(m));
                }
            }
            index = index.merge(batch);
            assertThat(index.size()).isEqualTo(model.size());
        }
        List<Model> ordered = new ArrayList<>(model.values());
        ordered.sort(Comparator.comparingInt(Model::day).thenComparingLong(Model::id));
        for (int q = 0; q < 200; q++) {
            List<String[]> terms = new ArrayList<>();
            for (int t = random.nextInt(4); t > 0; t--) {
                terms.add(
                        random.nextInt(5) == 0
                                ? new String[] {pick(random), pick(random)}
                                : new String[] {random.nextInt(30) == 0 ? "absent" : pick(random)});
            }
            int from = random.nextInt(4) == 0 ? Integer.MIN_VALUE : 9000 + random.nextInt(50);
            int to = random.nextInt(4) == 0 ? Integer.MAX_VALUE : 9000 + random.nextInt(50);
            long min = random.nextInt(3) == 0 ? Long.MIN_VALUE : 100_000L * random.nextInt(10);
            long max = random.nextInt(3) == 0 ? Long.MAX_VALUE : 100_000L * random.nextInt(12);
            int skip = random.nextInt(3) == 0 ? random.nextInt(100) : 0;
            int limit = 1 + random.nextInt(60);
            List<Long> expected = new ArrayList<>();
            int seen = 0;
            for (Model m : ordered) {
                if (m.day() < from || m.day() > to || m.amount() < min || m.amount() > max) {
                    continue;
                }
                boolean all = true;
                for (String[] term : terms) {
                    boolean any = false;
                    for (String w : term) {
                        any |= m.words().contains(w);
                    }
                    all &= any;
                }
                if (all && seen++ >= skip && expected.size() < limit) {
                    expected.add(m.id());
                }
            }
            int[] ranks = index.find(terms, from, to, min, max, skip, limit);
            List<Long> actual = new ArrayList<>();
            for (int r : ranks) {
                actual.add(index.id(r));
                // what the public sees of each line stays with it through every merge and rewrite
                Model m = model.get(index.id(r));
                var shown = PublicRows.decode(index.id(r), index.day(r), index.amount(r), index.row(r));
                assertThat(shown.name()).isEqualTo(m.shown());
                assertThat(shown.credit()).isEqualTo(m.amount() - m.id() % 3);
                assertThat(shown.date()).isEqualTo(PublicRows.EPOCH.plusDays(m.day()));
                assertThat(shown.source())
                        .isEqualTo(
                                (m.id() & PublicRows.GIFT) != 0
                                        ? vn.doanket.funds.PublicTransaction.Source.GIFT
                                        : vn.doanket.funds.PublicTransaction.Source.STATEMENT);
            }
            assertThat(actual).as("query %d", q).isEqualTo(expected);
        }
    }

    /**
     * Rows live back to back in shared arrays: lines added one at a time (as gifts are), and every line
     * rewritten again and again (replaced rows become garbage until the rows are compacted), each still
     * shows its own latest row.
     */
    @Test
    void eachLineKeepsItsLatestRowThroughOneByOneAddsRewritesAndCompaction() {
        SearchIndex index = SearchIndex.EMPTY;
        Map<Long, String> shown = new HashMap<>();
        Random random = new Random(17);
        for (long id = 1; id <= 400; id++) {
            shown.put(id, "line " + id + " " + "x".repeat(random.nextInt(30)));
            index = index.merge(List.of(row(id, shown.get(id))));
        }
        for (int round = 0; round < 6; round++) {
            List<SearchIndex.Line> batch = new ArrayList<>();
            for (long id = 1; id <= 400; id++) {
                if (random.nextInt(3) > 0) {
                    shown.put(id, "round " + round + " of " + id + " " + "y".repeat(random.nextInt(60)));
                    batch.add(row(id, shown.get(id)));
                }
            }
            index = index.merge(batch);
            assertThat(index.size()).isEqualTo(400);
            for (int r = 0; r < index.size(); r++) {
                var line = PublicRows.decode(
                        index.id(r), index.day(r), index.amount(r), index.rowChunk(r), index.rowOffset(r));
                assertThat(line.name()).isEqualTo(shown.get(index.id(r)));
                assertThat(PublicRows.decode(index.id(r), index.day(r), index.amount(r), index.row(r)))
                        .isEqualTo(line);
            }
        }
        // what it holds is the live rows, not every version written
        long live = 0;
        for (int r = 0; r < index.size(); r++) {
            live += index.row(r).length;
        }
        assertThat(index.heapBytes()).isLessThan(2 * live + 64_000);
    }

    private static SearchIndex.Line row(long id, String name) {
        byte[] row = PublicRows.encode(false, false, null, 0, "R" + id, name, "ung ho");
        return new SearchIndex.Line(id, 9000 + (int) (id % 7), 100_000, new String[] {"w" + id % 5}, row);
    }

    @Test
    void gallopFindsTheFirstPositionNotBelowTheKey() {
        int[] a = {1, 3, 5, 7, 9, 11, 13, 15, 17, 19};
        for (int from = 0; from <= a.length; from++) {
            for (int key = 0; key <= 21; key++) {
                int expected = from;
                while (expected < a.length && a[expected] < key) {
                    expected++;
                }
                assertThat(SearchIndex.gallop(a, from, a.length, key)).isEqualTo(expected);
            }
        }
    }

    private static Model line(Random random, long id, int day) {
        return new Model(id, day, 100_000L * (1 + random.nextInt(10)), words(random), "line " + id);
    }

    private static Set<String> words(Random random) {
        Set<String> words = new LinkedHashSet<>();
        for (int i = random.nextInt(7); i > 0; i--) {
            words.add(pick(random));
        }
        return words;
    }

    private static String pick(Random random) {
        return VOCABULARY[random.nextInt(VOCABULARY.length)];
    }

    private static SearchIndex.Line toLine(Model m) {
        byte[] row = PublicRows.encode((m.id() & PublicRows.GIFT) != 0, false, null, m.id() % 3, null, m.shown(), "");
        return new SearchIndex.Line(m.id(), m.day(), m.amount(), m.words().toArray(new String[0]), row);
    }
}
