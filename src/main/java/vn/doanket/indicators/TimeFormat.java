package vn.doanket.indicators;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates and times written the Vietnamese way, in Vietnam's time zone. */
final class TimeFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private TimeFormat() {}

    static String vietnamese(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(PeriodCalendar.VIETNAM));
    }

    static String vietnamese(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
