package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PeriodCalendarTests {

    static PeriodCalendar on(LocalDate today, PeriodProperties rule) {
        return new PeriodCalendar(
                rule, Clock.fixed(today.atStartOfDay(PeriodCalendar.VIETNAM).toInstant(), ZoneOffset.UTC));
    }

    final PeriodCalendar decree = on(LocalDate.of(2024, 7, 20), PeriodProperties.DECREE_09);
    final PeriodCalendar calendar = on(LocalDate.of(2024, 7, 20), PeriodProperties.CALENDAR);

    @Test
    void monthRunsFromThe15thOfThePreviousMonthToThe14th() {
        assertThat(decree.window(Period.parse("202407")))
                .isEqualTo(new DataWindow(LocalDate.of(2024, 6, 15), LocalDate.of(2024, 7, 14)));
        assertThat(decree.window(Period.parse("202401")))
                .isEqualTo(new DataWindow(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 1, 14)));
    }

    @Test
    void quarterRunsFromThe15thOfTheMonthBeforeToThe14thOfItsLastMonth() {
        assertThat(decree.window(Period.parse("2024Q3")))
                .isEqualTo(new DataWindow(LocalDate.of(2024, 6, 15), LocalDate.of(2024, 9, 14)));
    }

    @Test
    void sixMonthsNineMonthsAndYearStartOn15December() {
        assertThat(decree.window(Period.parse("2024S1")))
                .isEqualTo(new DataWindow(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 6, 14)));
        assertThat(decree.window(Period.parse("2024S2")))
                .isEqualTo(new DataWindow(LocalDate.of(2024, 6, 15), LocalDate.of(2024, 12, 14)));
        assertThat(decree.window(Period.parse("2024N9")))
                .isEqualTo(new DataWindow(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 9, 14)));
        assertThat(decree.window(Period.parse("2024")))
                .isEqualTo(new DataWindow(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 12, 14)));
    }

    @Test
    void calendarBoundariesCanReplaceTheCutOff() {
        assertThat(calendar.window(Period.parse("2024Q3")))
                .isEqualTo(new DataWindow(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30)));
        assertThat(calendar.window(Period.parse("2024")))
                .isEqualTo(new DataWindow(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
    }

    @Test
    void anotherCutOffDayCanBeConfigured() {
        PeriodCalendar twentieth = on(LocalDate.of(2024, 7, 20), new PeriodProperties(20, false));
        assertThat(twentieth.window(Period.parse("2024Q3")))
                .isEqualTo(new DataWindow(LocalDate.of(2024, 6, 20), LocalDate.of(2024, 9, 19)));
    }

    @Test
    void aCutOffDayThatSomeMonthsLackIsRefused() {
        assertThatThrownBy(() -> new PeriodProperties(31, false)).hasMessageContaining("cutoff-day");
        assertThatThrownBy(() -> new PeriodProperties(1, false)).hasMessageContaining("calendar-boundaries");
    }

    @Test
    void aDayAfterTheCutOffBelongsToTheNextMonthsReport() {
        assertThat(decree.periodOn(PeriodType.MONTHLY, LocalDate.of(2024, 7, 14)))
                .contains(Period.parse("202407"));
        assertThat(decree.periodOn(PeriodType.MONTHLY, LocalDate.of(2024, 7, 15)))
                .contains(Period.parse("202408"));
        assertThat(decree.periodOn(PeriodType.YEARLY, LocalDate.of(2024, 12, 20)))
                .contains(Period.parse("2025"));
        assertThat(calendar.periodOn(PeriodType.YEARLY, LocalDate.of(2024, 12, 20)))
                .contains(Period.parse("2024"));
    }

    @Test
    void everyDayFallsInTheWindowOfThePeriodItBelongsTo() {
        for (LocalDate d = LocalDate.of(2023, 12, 1); d.isBefore(LocalDate.of(2025, 2, 1)); d = d.plusDays(1)) {
            for (PeriodType type : PeriodType.values()) {
                LocalDate day = d;
                decree.periodOn(type, day)
                        .ifPresent(p -> assertThat(decree.window(p).contains(day))
                                .as("%s in %s", day, p)
                                .isTrue());
                calendar.periodOn(type, day)
                        .ifPresent(p ->
                                assertThat(calendar.window(p).contains(day)).isTrue());
            }
        }
    }

    @Test
    void currentQuarterAndWhetherAPeriodHasStarted() {
        assertThat(decree.current(PeriodType.QUARTERLY)).contains(Period.parse("2024Q3"));
        assertThat(decree.hasStarted(Period.parse("2024Q3"))).isTrue();
        assertThat(decree.hasStarted(Period.parse("2024Q4"))).isFalse();
        assertThat(decree.hasStarted(Period.parse("202408"))).isTrue(); // window opened 15 July
        assertThat(calendar.hasStarted(Period.parse("202408"))).isFalse();
        assertThat(decree.hasEnded(Period.parse("2024Q2"))).isTrue();
    }

    @Test
    void deadlineIsCountedFromTheEndOfTheDataWindow() {
        assertThat(decree.deadline(Period.parse("2024Q3"), 5)).isEqualTo(LocalDate.of(2024, 9, 19));
        assertThat(calendar.deadline(Period.parse("2024Q3"), 5)).isEqualTo(LocalDate.of(2024, 10, 5));
    }
}
