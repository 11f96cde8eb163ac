package vn.doanket.funds;

import java.util.List;

/**
 * The outcome of importing a statement. {@code lines} were read, {@code imported} were new,
 * {@code duplicates} were already in the ledger. Opening and closing balances come from the
 * statement's running balance (null for banks that print none). Every break of the balance chain
 * is listed.
 */
public record ImportReport(
        Long importId,
        String bank,
        int lines,
        int imported,
        int duplicates,
        long credits,
        long debits,
        Long openingBalance,
        Long closingBalance,
        int matchedDonors,
        int unmatched,
        List<ChainBreak> chainBreaks)
        implements java.io.Serializable {}
