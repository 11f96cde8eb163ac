package vn.doanket.funds;

import java.time.LocalDate;

/**
 * A public search over a fund's statement lines. {@code q} is free text: words are looked up in the
 * name, message and reference with diacritics and case ignored; "500.000" or "500,000" is an
 * amount; "10/09/2024" is a date. All parts must match.
 */
public record TransactionQuery(String q, LocalDate from, LocalDate to, Long min, Long max, int page) {

    public static final int PAGE_SIZE = 50;

    public TransactionQuery {
        page = Math.max(0, Math.min(page, 10_000));
    }
}
