package vn.doanket.funds.statement;

import java.util.Arrays;
import java.util.function.Function;
import vn.doanket.platform.Messages;

/**
 * A statement file cannot be read. The message is a key of messages/funds*.properties with its
 * arguments, so the user is told in Vietnamese ({@link #getMessage()}) or in English ({@link #key()});
 * a row that cannot be read is named ("Dòng 7: …"), in a workbook with its sheet and, where a
 * column's value is at fault, its cell ("Trang tính "Sao kê", dòng 7, ô E7: …").
 */
public class StatementException extends RuntimeException {

    static final String BUNDLE = "messages/funds";

    /**
     * Why one row cannot be read, with a whole sentence for each place it can be named at: a line of
     * a CSV file, a row of a sheet, and (for a column's value) a cell of a sheet. The first argument
     * is the row, then the reason's details, then the sheet and the cell.
     */
    enum RowReason {
        NOT_AN_AMOUNT(
                "error.funds.statement.line.not-an-amount",
                "error.funds.statement.sheet.not-an-amount",
                "error.funds.statement.cell.not-an-amount"),
        AMOUNT_TOO_LARGE("error.funds.statement.line.amount-too-large", "error.funds.statement.sheet.amount-too-large"),
        BAD_DATE("error.funds.statement.line.bad-date", "error.funds.statement.sheet.bad-date"),
        BAD_TIME("error.funds.statement.line.bad-time", "error.funds.statement.sheet.bad-time"),
        AGRIBANK_NO_BALANCE(
                "error.funds.statement.line.agribank-no-balance", "error.funds.statement.sheet.agribank-no-balance"),
        VIETINBANK_NO_TIME(
                "error.funds.statement.line.vietinbank-no-time", "error.funds.statement.sheet.vietinbank-no-time");

        final String onLine;
        final String onSheet;
        final String atCell;

        RowReason(String onLine, String onSheet) {
            this(onLine, onSheet, null);
        }

        RowReason(String onLine, String onSheet, String atCell) {
            this.onLine = onLine;
            this.onSheet = onSheet;
            this.atCell = atCell;
        }
    }

    private final transient Messages.Key key;
    private final RowReason reason;
    private final int row;
    private final String column;
    private final transient Object[] details;

    /** The file as a whole cannot be read. */
    StatementException(String key, Object... args) {
        this(new Messages.Key(BUNDLE, key, args), null, 0, null, new Object[0]);
    }

    private StatementException(Messages.Key key, RowReason reason, int row, String column, Object[] details) {
        super(key.vi());
        this.key = key;
        this.reason = reason;
        this.row = row;
        this.column = column;
        this.details = details;
    }

    /** Row {@code row} cannot be read; {@code details} are the reason's arguments after the row. */
    static StatementException atRow(RowReason reason, int row, Object... details) {
        return inColumn(reason, row, null, details);
    }

    /** The value of {@code column} in row {@code row} cannot be read. */
    static StatementException inColumn(RowReason reason, int row, String column, Object... details) {
        return new StatementException(
                new Messages.Key(BUNDLE, reason.onLine, with(new Object[] {row}, details)),
                reason,
                row,
                column,
                details);
    }

    /**
     * The same refusal of a row of a workbook's sheet, naming the sheet and, for a column's value, its
     * cell ({@code cellOf} gives a column's cell in the row, or null). A refusal of the whole file
     * stays as it is.
     */
    StatementException inSheet(String sheet, Function<String, String> cellOf) {
        if (reason == null) {
            return this;
        }
        String cell = column == null || reason.atCell == null ? null : cellOf.apply(column);
        Object[] args = with(new Object[] {row}, details);
        Messages.Key named = cell == null
                ? new Messages.Key(BUNDLE, reason.onSheet, with(args, sheet))
                : new Messages.Key(BUNDLE, reason.atCell, with(args, sheet, cell));
        return new StatementException(named, reason, row, column, details);
    }

    /** The message's key and arguments, to tell it in the reader's language. */
    public Messages.Key key() {
        return key;
    }

    private static Object[] with(Object[] first, Object... then) {
        Object[] all = Arrays.copyOf(first, first.length + then.length);
        System.arraycopy(then, 0, all, first.length, then.length);
        return all;
    }
}
