package vn.doanket.indicators.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.doanket.indicators.PeriodCalendar;

/** Times and dates as the pages show them, in Vietnam's time zone. */
final class EntryFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private EntryFormat() {}

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(PeriodCalendar.VIETNAM));
    }

    static String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(PeriodCalendar.VIETNAM));
    }

    static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }
}
