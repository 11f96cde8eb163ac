package vn.doanket.funds.statement;

import java.util.List;
import vn.doanket.platform.CsvRows;

/**
 * The layout of one bank's statement export. To support a new bank:
 *
 * <ol>
 *   <li>add a class here implementing this interface, annotated {@code @Component}: give it the
 *       bank's code ({@link #bank()}, lower case, used as {@code bank=} in the API), the columns its
 *       header must have, and {@link #parse} turning one CSV record into a {@link StatementLine}
 *       (use {@link Amounts} for amounts and dates so that a bad value names its row);
 *   <li>say whether the bank prints a running balance: then every line's balance is checked
 *       against the previous one and each break is reported;
 *   <li>add a test with a few real rows (see StatementFormatsTests).
 * </ol>
 *
 * Nothing else changes: the importer, the de-duplication, the .xlsx reader (which hands workbook
 * rows to the same {@link #parse}) and the API pick the new bank up. See the package documentation.
 */
public interface StatementFormat {

    /** Lower-case code of the bank, e.g. "agribank". */
    String bank();

    /** The columns the header must contain (others are ignored). */
    List<String> requiredColumns();

    /** True when each line carries the account balance after it. */
    boolean hasRunningBalance();

    /**
     * Reads one record. Throws {@link StatementException} naming the row when a value cannot be read
     * ({@link Amounts} does so for amounts, dates and times; a refusal of the bank's own, such as
     * Agribank's missing balance, is a {@code StatementException.RowReason} whose sentences, for a CSV
     * line and for a workbook's row, are in messages/funds.properties and its English twin).
     *
     * @param seq the 1-based position of the record among the transactions
     */
    StatementLine parse(CsvRows.Row row, int seq);
}
