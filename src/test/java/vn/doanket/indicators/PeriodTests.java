package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTests {

    @ParameterizedTest
    @CsvSource({
        "2024, YEARLY, 1",
        "2024S1, SIX_MONTHLY, 1",
        "2024S2, SIX_MONTHLY, 2",
        "2024Q3, QUARTERLY, 3",
        "202407, MONTHLY, 7",
        "2024N9, NINE_MONTHLY, 1"
    })
    void idsFollowDhis2AndRoundTrip(String id, PeriodType type, int index) {
        Period p = Period.parse(id);
        assertThat(p.type()).isEqualTo(type);
        assertThat(p.year()).isEqualTo(2024);
        assertThat(p.index()).isEqualTo(index);
        assertThat(p.id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "24", "2024Q5", "202413", "202400", "2024S3", "2024N8", "2024-07", "Quý I/2024", "abc"})
    void malformedIdsAreRefusedWithAVietnameseMessageNamingTheAcceptedForms(String id) {
        assertThatThrownBy(() -> Period.parse(id))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessageContaining("không hợp lệ")
                .hasMessageContaining("2024Q3")
                .satisfies(e -> assertThat(((InvalidPeriodException) e).code()).isEqualTo("ind.period-invalid"));
    }

    @Test
    void vietnameseLabelsAreWrittenAsCommitteesWriteThem() {
        assertThat(Period.parse("202407").label()).isEqualTo("Tháng 7/2024");
        assertThat(Period.parse("2024Q1").label()).isEqualTo("Quý I/2024");
        assertThat(Period.parse("2024Q4").label()).isEqualTo("Quý IV/2024");
        assertThat(Period.parse("2024S1").label()).isEqualTo("6 tháng đầu năm 2024");
        assertThat(Period.parse("2024S2").label()).isEqualTo("6 tháng cuối năm 2024");
        assertThat(Period.parse("2024N9").label()).isEqualTo("9 tháng năm 2024");
        assertThat(Period.parse("2024").label()).isEqualTo("Năm 2024");
    }

    @Test
    void englishLabels() {
        assertThat(Period.parse("202407").label(Locale.ENGLISH)).isEqualTo("July 2024");
        assertThat(Period.parse("2024Q1").label(Locale.ENGLISH)).isEqualTo("Q1 2024");
        assertThat(Period.parse("2024S2").label(Locale.ENGLISH)).isEqualTo("Second half of 2024");
        assertThat(Period.parse("2024N9").label(Locale.ENGLISH)).isEqualTo("Nine months of 2024");
        assertThat(Period.parse("2024").label(Locale.US)).isEqualTo("Year 2024");
    }

    @Test
    void vietnameseLabelDoesNotDependOnTheJvmDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(Period.parse("2024Q2").label()).isEqualTo("Quý II/2024");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void yearHoldsFourQuartersAndQuarterHoldsThreeMonths() {
        assertThat(Period.year(2024).parts(PeriodType.QUARTERLY))
                .extracting(Period::id)
                .containsExactly("2024Q1", "2024Q2", "2024Q3", "2024Q4");
        assertThat(Period.quarter(2024, 3).parts(PeriodType.MONTHLY))
                .extracting(Period::id)
                .containsExactly("202407", "202408", "202409");
        assertThat(Period.half(2024, 2).parts(PeriodType.QUARTERLY))
                .extracting(Period::id)
                .containsExactly("2024Q3", "2024Q4");
        assertThat(Period.nineMonths(2024).parts(PeriodType.QUARTERLY))
                .extracting(Period::id)
                .containsExactly("2024Q1", "2024Q2", "2024Q3");
        assertThat(Period.year(2024).parts(PeriodType.MONTHLY)).hasSize(12);
    }

    @Test
    void partsThatDoNotFitExactlyAreEmpty() {
        assertThat(Period.nineMonths(2024).parts(PeriodType.SIX_MONTHLY)).isEmpty();
        assertThat(Period.quarter(2024, 1).parts(PeriodType.YEARLY)).isEmpty();
        assertThat(Period.year(2024).parts(PeriodType.NINE_MONTHLY)).isEmpty();
    }

    @Test
    void containmentFollowsTheMonthsCovered() {
        assertThat(Period.year(2024).contains(Period.parse("2024Q3"))).isTrue();
        assertThat(Period.parse("2024S1").contains(Period.parse("202406"))).isTrue();
        assertThat(Period.parse("2024S1").contains(Period.parse("202407"))).isFalse();
        assertThat(Period.nineMonths(2024).contains(Period.parse("2024Q3"))).isTrue();
        assertThat(Period.nineMonths(2024).contains(Period.parse("2024Q4"))).isFalse();
        assertThat(Period.parse("2024Q3").contains(Period.year(2024))).isFalse();
        assertThat(Period.parse("2024Q3").contains(Period.parse("2024Q3"))).isTrue();
    }

    @Test
    void previousPeriodCrossesYearEnds() {
        assertThat(Period.parse("202401").previous().id()).isEqualTo("202312");
        assertThat(Period.parse("2024Q1").previous().id()).isEqualTo("2023Q4");
        assertThat(Period.parse("2024S1").previous().id()).isEqualTo("2023S2");
        assertThat(Period.parse("2024S2").previous().id()).isEqualTo("2024S1");
        assertThat(Period.parse("2024").previous().id()).isEqualTo("2023");
        assertThat(Period.parse("202412").next().id()).isEqualTo("202501");
    }

    @Test
    void nineMonthsIsComparedWithTheNineMonthsOfTheYearBefore() {
        assertThat(Period.parse("2024N9").previous().id()).isEqualTo("2023N9");
    }

    @Test
    void samePeriodLastYear() {
        assertThat(Period.parse("2024Q3").sameLastYear().id()).isEqualTo("2023Q3");
        assertThat(Period.parse("202407").sameLastYear().id()).isEqualTo("202307");
        assertThat(Period.parse("2024S1").sameLastYear().id()).isEqualTo("2023S1");
    }

    @Test
    void calendarBoundsOfAPeriod() {
        Period q3 = Period.parse("2024Q3");
        assertThat(q3.start()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(q3.end()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(Period.parse("2024N9").end()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(Period.parse("202402").end()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void nineMonthPeriodHoldsOnlyJanuaryToSeptember() {
        assertThat(Period.containing(PeriodType.NINE_MONTHLY, YearMonth.of(2024, 9)))
                .contains(Period.nineMonths(2024));
        assertThat(Period.containing(PeriodType.NINE_MONTHLY, YearMonth.of(2024, 10)))
                .isEmpty();
    }

    @Test
    void periodsSortByEndThenLongestFirst() {
        assertThat(Period.parse("2024Q4").compareTo(Period.parse("202412"))).isNegative();
        assertThat(Period.parse("2024").compareTo(Period.parse("2024Q4"))).isNegative();
        assertThat(Period.parse("2024Q3").compareTo(Period.parse("2024Q4"))).isNegative();
    }

    /** What the outlier history's read relies on (DataValueStore#formStates): ids of one type sort as time. */
    @Test
    void idsOfOneTypeSortAsTheirPeriodsDo() {
        for (PeriodType type : PeriodType.values()) {
            java.util.List<Period> periods = new java.util.ArrayList<>();
            for (int year = 2019; year <= 2031; year++) {
                for (int index = 1; index <= type.perYear(); index++) {
                    periods.add(new Period(type, year, index));
                }
            }
            for (Period a : periods) {
                for (Period b : periods) {
                    assertThat(a.id().compareTo(b.id()) < 0)
                            .as("%s before %s", a.id(), b.id())
                            .isEqualTo(a.end().isBefore(b.start()));
                }
            }
        }
    }
}
