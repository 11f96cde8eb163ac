package vn.doanket.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.doanket.indicators.PeriodType;

/** What the roll-up keeps between batches: given back exactly, and never trusted after someone else wrote. */
class LeafYearsTests {

    static final List<String> QUARTERS = List.of("2026Q1", "2026Q2", "2026Q3", "2026Q4");
    static final LeafYears.Stamp FIRST = new LeafYears.Stamp(7, 10);
    static final LeafYears.Stamp SECOND = new LeafYears.Stamp(7, 11);

    static LeafYears.Key key(long unit) {
        return new LeafYears.Key(3, unit, "DEFAULT", 2026, PeriodType.QUARTERLY);
    }

    /** The year kept, or null. */
    static Map<String, BigDecimal> get(LeafYears kept, LeafYears.Key key) {
        Map<String, BigDecimal> year = new HashMap<>();
        return kept.get(key, QUARTERS, year) ? year : null;
    }

    static void keep(
            LeafYears kept,
            LeafYears.Stamp before,
            LeafYears.Stamp after,
            Map<LeafYears.Key, Map<String, BigDecimal>> years) {
        assertThat(kept.begin(before)).isTrue();
        Map<LeafYears.Key, List<String>> ids = new HashMap<>();
        years.keySet().forEach(k -> ids.put(k, QUARTERS));
        kept.end(true, years, ids, after);
    }

    @Test
    void aYearKeptComesBackValueForValueWithTheMissingQuartersMissing() {
        LeafYears kept = new LeafYears(1000);
        keep(
                kept,
                FIRST,
                SECOND,
                Map.of(key(1), Map.of("2026Q1", new BigDecimal("1234.5"), "2026Q3", new BigDecimal("-0.0001"))));

        assertThat(kept.begin(SECOND)).isTrue();
        Map<String, BigDecimal> year = get(kept, key(1));
        assertThat(year).containsOnlyKeys("2026Q1", "2026Q3");
        assertThat(year.get("2026Q1")).isEqualByComparingTo("1234.5");
        assertThat(year.get("2026Q3")).isEqualByComparingTo("-0.0001");
        assertThat(get(kept, key(2))).isNull();
        kept.end(true, Map.of(), Map.of(), SECOND);
    }

    @Test
    void anotherNumberThanTheLastBatchTookForgetsEverything() {
        LeafYears kept = new LeafYears(1000);
        keep(kept, FIRST, SECOND, Map.of(key(1), Map.of("2026Q1", BigDecimal.TEN)));

        // someone else wrote ana_value: the sequence moved on past the last batch's own number
        assertThat(kept.begin(new LeafYears.Stamp(7, 12))).isTrue();
        assertThat(get(kept, key(1))).isNull();
        kept.end(true, Map.of(), Map.of(), new LeafYears.Stamp(7, 12));

        // a sequence made anew counts from 1 again: its object id tells it apart
        keep(kept, new LeafYears.Stamp(7, 12), SECOND, Map.of(key(1), Map.of("2026Q1", BigDecimal.TEN)));
        assertThat(kept.begin(new LeafYears.Stamp(8, 11))).isTrue();
        assertThat(get(kept, key(1))).isNull();
        kept.end(true, Map.of(), Map.of(), SECOND);
    }

    @Test
    void aBatchThatDidNotCommitLeavesNothingTrusted() {
        LeafYears kept = new LeafYears(1000);
        keep(kept, FIRST, SECOND, Map.of(key(1), Map.of("2026Q1", BigDecimal.TEN)));

        assertThat(kept.begin(SECOND)).isTrue();
        kept.end(false, Map.of(key(2), Map.of("2026Q2", BigDecimal.ONE)), Map.of(key(2), QUARTERS), null);

        assertThat(kept.begin(SECOND)).isTrue();
        assertThat(get(kept, key(1))).isNull();
        assertThat(get(kept, key(2))).isNull();
        kept.end(true, Map.of(), Map.of(), SECOND);
    }

    @Test
    void aValueThatDoesNotFitIsNotKeptAndTheOldOneIsDropped() {
        LeafYears kept = new LeafYears(1000);
        keep(kept, FIRST, SECOND, Map.of(key(1), Map.of("2026Q1", BigDecimal.TEN)));
        // more than 4 decimals, and more than a long holds in units of 1/10,000
        keep(kept, SECOND, SECOND, Map.of(key(1), Map.of("2026Q1", new BigDecimal("0.00001"))));
        keep(kept, SECOND, SECOND, Map.of(key(2), Map.of("2026Q1", new BigDecimal("1e16"))));

        assertThat(kept.begin(SECOND)).isTrue();
        assertThat(get(kept, key(1))).isNull();
        assertThat(get(kept, key(2))).isNull();
        kept.end(true, Map.of(), Map.of(), SECOND);
    }

    @Test
    void onceFullTheLeastRecentlyUsedOfTwoGoesAndEveryYearKeptIsRight() {
        LeafYears kept = new LeafYears(64);
        Map<LeafYears.Key, Map<String, BigDecimal>> years = new HashMap<>();
        for (long unit = 1; unit <= 1000; unit++) {
            years.put(key(unit), Map.of("2026Q2", BigDecimal.valueOf(unit)));
        }
        keep(kept, FIRST, SECOND, years);
        assertThat(kept.size()).isLessThanOrEqualTo(64).isGreaterThan(32);

        assertThat(kept.begin(SECOND)).isTrue();
        int found = 0;
        for (long unit = 1; unit <= 1000; unit++) {
            Map<String, BigDecimal> year = get(kept, key(unit));
            if (year != null) {
                found++;
                assertThat(year).containsOnlyKeys("2026Q2");
                assertThat(year.get("2026Q2")).isEqualByComparingTo(BigDecimal.valueOf(unit));
            }
        }
        kept.end(true, Map.of(), Map.of(), SECOND);
        assertThat(found).isEqualTo(kept.size());
    }

    @Test
    void aBatchWaitsUntilTheOneBeforeHasEnded() throws Exception {
        LeafYears kept = new LeafYears(1000);
        assertThat(kept.begin(FIRST)).isTrue();
        CompletableFuture<Map<String, BigDecimal>> next = CompletableFuture.supplyAsync(() -> {
            kept.begin(SECOND);
            try {
                return get(kept, key(1));
            } finally {
                kept.end(true, Map.of(), Map.of(), SECOND);
            }
        });
        Thread.sleep(200);
        assertThat(next).isNotDone();
        // the first batch committed (taking number 11) and keeps its year: the next one finds it
        kept.end(true, Map.of(key(1), Map.of("2026Q4", BigDecimal.ONE)), Map.of(key(1), QUARTERS), SECOND);
        assertThat(next.get(5, TimeUnit.SECONDS)).containsOnlyKeys("2026Q4");
    }

    @Test
    void nothingIsKeptWithNoRoom() {
        LeafYears kept = new LeafYears(0);
        assertThat(kept.enabled()).isFalse();
    }
}
