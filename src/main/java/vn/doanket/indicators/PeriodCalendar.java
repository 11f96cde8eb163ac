package vn.doanket.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Periods against dates, under the configured cut-off rule: windows, the current period, deadlines. */
@Component
public class PeriodCalendar {

    /** Vietnam's time ({@link vn.doanket.platform.VietnamTime}), under the name this module's code uses. */
    public static final ZoneId VIETNAM = vn.doanket.platform.VietnamTime.ZONE;

    private final PeriodProperties rule;
    private final Clock clock;

    public PeriodCalendar(PeriodProperties rule, Clock clock) {
        this.rule = rule;
        this.clock = clock;
    }

    /** Uses a {@link Clock} bean when the application defines one (tests do), else the system clock. */
    @Autowired
    PeriodCalendar(PeriodProperties rule, ObjectProvider<Clock> clock) {
        this(rule, clock.getIfAvailable(() -> Clock.system(VIETNAM)));
    }

    public PeriodProperties rule() {
        return rule;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    /** The days a period's figures cover: 15 Dec 2023 – 14 Jun 2024 for {@code 2024S1} by default. */
    public DataWindow window(Period period) {
        if (rule.calendarBoundaries()) {
            return new DataWindow(period.start(), period.end());
        }
        int day = rule.cutoffDay();
        return new DataWindow(
                period.firstMonth().minusMonths(1).atDay(day),
                period.lastMonth().atDay(day - 1));
    }

    /**
     * The period of a type whose window holds the day: under the default rule 20 July 2024 falls in
     * month {@code 202408} and quarter {@code 2024Q3}. Empty for nine months from October on.
     */
    public Optional<Period> periodOn(PeriodType type, LocalDate day) {
        YearMonth month = YearMonth.from(day);
        if (!rule.calendarBoundaries() && day.getDayOfMonth() >= rule.cutoffDay()) {
            month = month.plusMonths(1);
        }
        return Period.containing(type, month);
    }

    /** The period of a type under way today. */
    public Optional<Period> current(PeriodType type) {
        return periodOn(type, today());
    }

    /** True once a period's window has opened; figures for a period not yet open are refused. */
    public boolean hasStarted(Period period) {
        return !window(period).from().isAfter(today());
    }

    public boolean hasEnded(Period period) {
        return window(period).to().isBefore(today());
    }

    /** The last day a report on a period counts as on time: the window's last day plus the grace days. */
    public LocalDate deadline(Period period, int daysAfterEnd) {
        return window(period).to().plusDays(daysAfterEnd);
    }
}
