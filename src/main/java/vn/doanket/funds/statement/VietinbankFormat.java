package vn.doanket.funds.statement;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doanket.platform.CsvRows;

/** VietinBank: time of day and the sender's name in OffsetAccount; no balance; text spans lines. */
@Component
class VietinbankFormat implements StatementFormat {

    @Override
    public String bank() {
        return "vietinbank";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("Date", "Time", "TransactionDetails", "DebitAmount", "CreditAmount", "OffsetAccount");
    }

    @Override
    public boolean hasRunningBalance() {
        return false;
    }

    @Override
    public StatementLine parse(CsvRows.Row row, int seq) {
        String details = row.get("TransactionDetails");
        if (row.get("Time").isEmpty()) {
            throw StatementException.atRow(StatementException.RowReason.VIETINBANK_NO_TIME, row.line());
        }
        String name = Counterparties.fromOffsetAccount(row.get("OffsetAccount"));
        return new StatementLine(
                row.line(),
                seq,
                Amounts.date(row.get("Date"), row.line()),
                Amounts.time(row.get("Time"), row.line()),
                AgribankFormat.emptyToNull(row.get("ReferenceNumber")),
                Amounts.money(row.get("CreditAmount"), "CreditAmount", row.line()),
                Amounts.money(row.get("DebitAmount"), "DebitAmount", row.line()),
                Amounts.optionalMoney(row.get("Balance"), "Balance", row.line()),
                name != null ? name : Counterparties.fromText(details),
                details);
    }
}
