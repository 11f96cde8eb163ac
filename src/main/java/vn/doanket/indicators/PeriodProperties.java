package vn.doanket.indicators;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a period's data window starts and ends ({@code doanket.periods.*}).
 *
 * <p>By default Nghị định 09/2019/NĐ-CP: the window opens on {@code cutoffDay} (15) of the month
 * before the period's first month and closes the day before {@code cutoffDay} of its last month
 * (quarter III = 15 June to 14 September). With {@code calendar-boundaries=true} windows are the
 * calendar months themselves (quarter III = 1 July to 30 September).
 *
 * @param cutoffDay day of month a window opens, 2–28
 * @param calendarBoundaries use calendar months instead of the cut-off day
 */
@ConfigurationProperties("doanket.periods")
public record PeriodProperties(@DefaultValue("15") int cutoffDay, @DefaultValue("false") boolean calendarBoundaries) {

    public static final PeriodProperties DECREE_09 = new PeriodProperties(15, false);
    public static final PeriodProperties CALENDAR = new PeriodProperties(15, true);

    public PeriodProperties {
        if (cutoffDay < 2 || cutoffDay > 28) {
            throw new IllegalArgumentException("doanket.periods.cutoff-day must be between 2 and 28, was " + cutoffDay
                    + "; set doanket.periods.calendar-boundaries=true for calendar months");
        }
    }
}
