package vn.doanket.funds;

import java.time.LocalDate;
import java.time.LocalTime;

/** A statement line as the public sees it: account numbers masked, anonymous donors shown as such. */
public record PublicTransaction(
        long id,
        LocalDate date,
        LocalTime time,
        String reference,
        String name,
        String details,
        long credit,
        long debit) {}
