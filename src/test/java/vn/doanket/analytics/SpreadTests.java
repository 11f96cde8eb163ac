package vn.doanket.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.doanket.analytics.internal.Hierarchy.Entry;
import vn.doanket.analytics.internal.Spread;
import vn.doanket.indicators.Period;

/** Sharing a split commune's figures and reading the analytics query, without a database. */
class SpreadTests {

    static BigDecimal sum(BigDecimal[] shares) {
        return Arrays.stream(shares).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void equalThirdsOfACountKeepTheTotalAndTheLargestShareTakesTheRemainder() {
        List<Entry> thirds = List.of(
                new Entry(1, new BigDecimal("0.333333334")),
                new Entry(2, new BigDecimal("0.333333333")),
                new Entry(3, new BigDecimal("0.333333333")));
        BigDecimal[] shares = Spread.shares(new BigDecimal("100"), thirds, 0);
        assertThat(shares).extracting(BigDecimal::intValue).containsExactly(34, 33, 33);
        assertThat(sum(shares)).isEqualByComparingTo("100");
    }

    @Test
    void weightedMoneyIsRoundedToWholeDongWithoutLosingAny() {
        List<Entry> split = List.of(new Entry(1, new BigDecimal("0.7")), new Entry(2, new BigDecimal("0.3")));
        BigDecimal[] shares = Spread.shares(new BigDecimal("72925001"), split, 0);
        assertThat(shares[0]).isEqualByComparingTo("51047501");
        assertThat(shares[1]).isEqualByComparingTo("21877500");
        assertThat(sum(shares)).isEqualByComparingTo("72925001");
    }

    @Test
    void decimalsKeepFourPlacesAndStillAddUp() {
        List<Entry> split = List.of(new Entry(1, new BigDecimal("0.5")), new Entry(2, new BigDecimal("0.5")));
        BigDecimal[] shares = Spread.shares(new BigDecimal("80.0001"), split, 4);
        assertThat(sum(shares)).isEqualByComparingTo("80.0001");
    }

    @Test
    void aMergedCommuneGoesWholeToItsSuccessor() {
        BigDecimal[] shares = Spread.shares(new BigDecimal("17"), List.of(new Entry(9, BigDecimal.ONE)), 0);
        assertThat(shares).containsExactly(new BigDecimal("17"));
    }

    @Test
    void queryReadsRangesListsAndBreakdowns() {
        AnalyticsQuery q = AnalyticsQuery.parse("SUPERVISIONS", "VN", "2024Q3..2025Q2", "level:2", null);
        assertThat(q.periods()).extracting(Period::id).containsExactly("2024Q3", "2024Q4", "2025Q1", "2025Q2");
        assertThat(q.scope()).isEqualTo(AnalyticsQuery.Scope.LEVEL);
        assertThat(q.level()).isEqualTo(2);
        assertThat(AnalyticsQuery.parse("X", "VN", "2024,2025", "children", null)
                        .periods())
                .hasSize(2);
        assertThatThrownBy(() -> AnalyticsQuery.parse("X", "VN", "2025..2024Q1", null, null))
                .isInstanceOf(AnalyticsException.BadPeriodRange.class);
        assertThatThrownBy(() -> AnalyticsQuery.parse("X", "VN", "2024", "siblings", null))
                .isInstanceOf(AnalyticsException.BadBreakdown.class);
        // no level lies below the residential areas: level:9 answered an empty list where the message says 1 to 4
        assertThat(AnalyticsQuery.parse("X", "VN", "2024", "level:4", null).level())
                .isEqualTo(4);
        assertThatThrownBy(() -> AnalyticsQuery.parse("X", "VN", "2024", "level:5", null))
                .isInstanceOf(AnalyticsException.BadBreakdown.class)
                .hasMessageContaining("N từ 1 đến 4");
    }

    @Test
    void aRefusalAnswersAnEnglishReaderInEnglishAndAVietnameseReaderAsBefore() {
        AnalyticsException e = new AnalyticsException.BadPeriodRange("2025..2024Q1");
        assertThat(e.message(java.util.Locale.ENGLISH))
                .startsWith("The period \"2025..2024Q1\" is not valid")
                .doesNotContain("không hợp lệ");
        assertThat(e.message(java.util.Locale.forLanguageTag("vi")))
                .isEqualTo(e.getMessage())
                .startsWith("Kỳ \"2025..2024Q1\" không hợp lệ: dùng một mã kỳ");
        assertThat(new AnalyticsException.TooManyUnits(12000, 10000).message(java.util.Locale.ENGLISH))
                .isEqualTo("The query covers 12000 units, over the limit of 10000: choose a lower-level unit or a"
                        + " nearer level.");
        assertThat(e.code()).isEqualTo("analytics.bad-period-range");
    }
}
