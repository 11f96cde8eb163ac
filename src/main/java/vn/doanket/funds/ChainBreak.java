package vn.doanket.funds;

import java.time.LocalDate;

/** A line whose printed balance is not the previous balance plus its credit minus its debit. */
public record ChainBreak(int row, LocalDate date, String reference, long expectedBalance, long printedBalance)
        implements java.io.Serializable {}
