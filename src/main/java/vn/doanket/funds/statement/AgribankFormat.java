package vn.doanket.funds.statement;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doanket.platform.CsvRows;

/** Agribank: a reference number per line and a running balance; no time of day. */
@Component
class AgribankFormat implements StatementFormat {

    @Override
    public String bank() {
        return "agribank";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("Date", "ReferenceNumber", "TransactionDetails", "DebitAmount", "CreditAmount", "Balance");
    }

    @Override
    public boolean hasRunningBalance() {
        return true;
    }

    @Override
    public StatementLine parse(CsvRows.Row row, int seq) {
        String details = row.get("TransactionDetails");
        if (row.get("Balance").isEmpty()) {
            throw StatementException.atRow(StatementException.RowReason.AGRIBANK_NO_BALANCE, row.line());
        }
        Long balance = Amounts.money(row.get("Balance"), "Balance", row.line());
        return new StatementLine(
                row.line(),
                seq,
                Amounts.date(row.get("Date"), row.line()),
                Amounts.time(row.get("Time"), row.line()),
                emptyToNull(row.get("ReferenceNumber")),
                Amounts.money(row.get("CreditAmount"), "CreditAmount", row.line()),
                Amounts.money(row.get("DebitAmount"), "DebitAmount", row.line()),
                balance,
                Counterparties.fromText(details),
                details);
    }

    static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
