/**
 * Reading bank statements (sao kê) from CSV and Excel (.xlsx) files.
 *
 * <h2>Adding a bank's format</h2>
 *
 * <ol>
 *   <li>Add a class here implementing {@link vn.doanket.funds.statement.StatementFormat},
 *       annotated {@code @Component}: the bank's code (lower case; it is the {@code bank=} of the
 *       upload form and the API), the header columns it needs, whether it prints a running balance,
 *       and {@code parse} turning one row into a {@link vn.doanket.funds.statement.StatementLine}
 *       with {@link vn.doanket.funds.statement.Amounts} (so a bad value names its row and column).
 *   <li>Add a test with a few real rows, as in {@code StatementFormatsTests}.
 * </ol>
 *
 * That is all: {@link vn.doanket.funds.statement.StatementParser} reads CSV (UTF-8) and .xlsx for
 * every format. An .xlsx is recognised by its content (a zip), checked against zip bombs, streamed
 * sheet by sheet, and its rows are handed to the same {@code parse} as CSV rows: the header is the
 * first row among the first 30 with all the needed columns (title rows above it are skipped), rows
 * after a "Tổng cộng" footer are ignored, number cells become "300000", date cells "10/09/2024" and
 * time cells "12:01:29". An error in a workbook names the sheet, the row and the cell ("Trang tính
 * "Sao kê", dòng 6, ô E6: …"), and nothing of the file is imported.
 */
package vn.doanket.funds.statement;
