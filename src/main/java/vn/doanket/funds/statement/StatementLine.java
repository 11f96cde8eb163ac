package vn.doanket.funds.statement;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One transaction of a bank statement, as read from the file. {@code row} is the file line it
 * starts on (the header is line 1); {@code seq} its position among the transactions (1-based).
 * Amounts are whole đồng; {@code balance} is null for banks that print no running balance.
 */
public record StatementLine(
        int row,
        int seq,
        LocalDate date,
        LocalTime time,
        String reference,
        long credit,
        long debit,
        Long balance,
        String counterparty,
        String details) {}
