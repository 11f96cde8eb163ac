package vn.doanket.indicators;

import java.time.LocalDate;

/** The days whose events a period's figures cover, both ends inclusive. */
public record DataWindow(LocalDate from, LocalDate to) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
