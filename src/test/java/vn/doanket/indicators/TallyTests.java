package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TallyTests {

    static final LocalDate Q1 = LocalDate.of(2024, 3, 31);
    static final LocalDate Q2 = LocalDate.of(2024, 6, 30);

    static Tally of(String... values) {
        Tally t = Tally.EMPTY;
        for (String v : values) {
            t = t.merge(Tally.of(new BigDecimal(v)));
        }
        return t;
    }

    static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    @Test
    void sumAverageAndMaximum() {
        Tally t = of("3", "5", "10");
        assertThat(t.value(Aggregation.SUM)).isEqualByComparingTo("18");
        assertThat(t.value(Aggregation.AVERAGE)).isEqualByComparingTo("6");
        assertThat(t.value(Aggregation.MAX)).isEqualByComparingTo("10");
    }

    @Test
    void averageOfAProvinceIsOverAllItsUnitsNotAnAverageOfCommuneAverages() {
        Tally communeA = of("10", "20", "30"); // average 20
        Tally communeB = of("80"); // average 80
        assertThat(communeA.merge(communeB).value(Aggregation.AVERAGE)).isEqualByComparingTo("35");
    }

    @Test
    void nothingReportedGivesNoValueRatherThanZero() {
        for (Aggregation rule : List.of(
                Aggregation.SUM, Aggregation.AVERAGE, Aggregation.MAX, Aggregation.LATEST, Aggregation.SHARE_YES)) {
            assertThat(Tally.EMPTY.value(rule)).isNull();
        }
    }

    @Test
    void latestOverTimeTakesTheLastPeriodsValue() {
        Tally households = Tally.of(n("1200"), Q1).merge(Tally.of(n("1210"), Q2));
        assertThat(households.value(Aggregation.LATEST)).isEqualByComparingTo("1210");
        assertThat(Tally.of(n("1210"), Q2).merge(Tally.of(n("1200"), Q1)).value(Aggregation.LATEST))
                .isEqualByComparingTo("1210");
    }

    @Test
    void latestOverUnitsAddsTheUnitsLatestValues() {
        Tally communeA = Tally.of(n("1200"), Q1).merge(Tally.of(n("1210"), Q2));
        Tally communeB = Tally.of(n("800"), Q2);
        assertThat(communeA.merge(communeB).value(Aggregation.LATEST)).isEqualByComparingTo("2010");
    }

    @Test
    void countYesAndShareYesComeFromTheAnswersOfTheLowestUnits() {
        // commune A: 4 of 4 residential areas held the festival; commune B: 1 of 6.
        Tally a = Tally.EMPTY;
        for (int i = 0; i < 4; i++) {
            a = a.merge(Tally.ofAnswer(true, Q2));
        }
        Tally b = Tally.ofAnswer(true, Q2);
        for (int i = 0; i < 5; i++) {
            b = b.merge(Tally.ofAnswer(false, Q2));
        }
        assertThat(a.value(Aggregation.SHARE_YES)).isEqualByComparingTo("100");
        assertThat(a.value(Aggregation.COUNT_YES)).isEqualByComparingTo("4");
        Tally province = a.merge(b);
        assertThat(province.value(Aggregation.COUNT_YES)).isEqualByComparingTo("5");
        // 5 of 10, not the average of 100% and 16.7%
        assertThat(province.value(Aggregation.SHARE_YES)).isEqualByComparingTo("50");
    }

    @Test
    void ratioIsComputedFromSumsNeverAveraged() {
        // commune A: 9 cremations of 17 deaths (53%); commune B: 1 of 1 (100%)
        Tally cremations = of("9").merge(of("1"));
        Tally deaths = of("17").merge(of("1"));
        BigDecimal share =
                Tally.ratio(cremations.value(Aggregation.SUM), deaths.value(Aggregation.SUM), BigDecimal.valueOf(100));
        assertThat(share).isEqualByComparingTo("55.5556"); // 10/18, not (52.94 + 100) / 2
    }

    @Test
    void ratioWithoutADenominatorHasNoValue() {
        assertThat(Tally.ratio(n("3"), BigDecimal.ZERO, BigDecimal.valueOf(100)))
                .isNull();
        assertThat(Tally.ratio(n("3"), null, BigDecimal.valueOf(100))).isNull();
    }

    @Test
    void readingARatioFromOneTallyIsRefused() {
        assertThatThrownBy(() -> of("1").value(Aggregation.RATIO)).hasMessageContaining("Tally.ratio");
    }

    @Test
    void mergingIsAssociativeSoPartialTotalsCanBeKeptIncrementally() {
        Tally a = of("1", "7");
        Tally b = of("4");
        Tally c = of("2", "9");
        Tally left = a.merge(b).merge(c);
        Tally right = a.merge(b.merge(c));
        for (Aggregation rule : List.of(Aggregation.SUM, Aggregation.AVERAGE, Aggregation.MAX)) {
            assertThat(left.value(rule)).isEqualByComparingTo(right.value(rule));
        }
    }
}
