package vn.doanket.funds;

import java.time.LocalDate;

/**
 * One bank account on one day: what the statement says the balance was at the end of the day (null
 * for banks that print none), what the ledger says, and the difference to explain.
 */
public record ReconciliationRow(
        long accountId,
        String accountNumber,
        LocalDate day,
        int lines,
        long credits,
        long debits,
        Long statementBalance,
        long ledgerBalance) {

    public Long difference() {
        return statementBalance == null ? null : statementBalance - ledgerBalance;
    }
}
