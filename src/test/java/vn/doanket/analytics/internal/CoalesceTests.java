package vn.doanket.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The deltas of a batch added up per total before they are written: nothing lost, nothing doubled. */
class CoalesceTests {

    static final LocalDate TREE = LocalDate.of(2025, 7, 1);

    static DeltaLog.Delta delta(long indicator, String period, long unit, String sum, long count, String max) {
        return new DeltaLog.Delta(
                indicator, period, TREE, unit, new BigDecimal(sum), count, 0, max == null ? null : new BigDecimal(max));
    }

    @Test
    void addsTheDeltasOfOneTotalAndKeepsTheLargestMaximumInFirstSeenOrder() {
        List<DeltaLog.Delta> merged = RollupEngine.coalesce(List.of(
                delta(1, "2026Q1", 10, "5", 1, "5"),
                delta(2, "2026Q1", 10, "7", 1, null),
                delta(1, "2026Q1", 10, "-2", 0, "9"),
                delta(1, "2026Q1", 11, "4", 1, "4"),
                delta(1, "2026", 10, "3", 1, null)));

        assertThat(merged)
                .containsExactly(
                        delta(1, "2026Q1", 10, "3", 1, "9"),
                        delta(2, "2026Q1", 10, "7", 1, null),
                        delta(1, "2026Q1", 11, "4", 1, "4"),
                        delta(1, "2026", 10, "3", 1, null));
    }

    @Test
    void aLargeBatchKeepsEveryTotalExact() {
        Random random = new Random(7);
        List<DeltaLog.Delta> deltas = new ArrayList<>();
        Map<String, BigDecimal> expected = new HashMap<>();
        String[] periods = {"2026Q1", "2026S1", "2026N9", "2026"};
        for (int n = 0; n < 20_000; n++) {
            long indicator = 1 + random.nextInt(30);
            String period = periods[random.nextInt(periods.length)];
            long unit = 13_000 + random.nextInt(40);
            BigDecimal sum = BigDecimal.valueOf(random.nextInt(2_000) - 1_000);
            deltas.add(new DeltaLog.Delta(indicator, period, TREE, unit, sum, 1, 0, null));
            expected.merge(indicator + "|" + period + "|" + unit, sum, BigDecimal::add);
        }

        List<DeltaLog.Delta> merged = RollupEngine.coalesce(deltas);

        assertThat(merged).hasSize(expected.size());
        for (DeltaLog.Delta d : merged) {
            assertThat(d.sum())
                    .isEqualByComparingTo(expected.get(d.indicatorId() + "|" + d.periodId() + "|" + d.unitId()));
        }
        assertThat(merged.stream().mapToLong(DeltaLog.Delta::count).sum()).isEqualTo(20_000);
    }
}
