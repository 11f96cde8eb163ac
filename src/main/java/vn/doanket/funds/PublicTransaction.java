package vn.doanket.funds;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A line of a fund as the public sees it: an imported statement line or a gift entered by hand (its
 * {@code reference} is then the receipt number, its {@code id} the gift's). Account numbers are masked
 * and anonymous donors shown as such; {@code reversed} says its ledger movement was cancelled, so it no
 * longer counts in the fund's totals.
 */
public record PublicTransaction(
        long id,
        LocalDate date,
        LocalTime time,
        String reference,
        String name,
        String details,
        long credit,
        long debit,
        Source source,
        boolean reversed) {

    /** Where a public line comes from. */
    public enum Source {
        /** A line of an imported bank statement. */
        STATEMENT,
        /** A gift entered by hand (cash received at the committee, alone or in a batch). */
        GIFT
    }

    /** A statement line as the officers' donor queue lists it (without the reversal state). */
    public PublicTransaction(
            long id,
            LocalDate date,
            LocalTime time,
            String reference,
            String name,
            String details,
            long credit,
            long debit) {
        this(id, date, time, reference, name, details, credit, debit, Source.STATEMENT, false);
    }
}
