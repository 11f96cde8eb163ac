package vn.doanket.funds.statement;

/** A statement file cannot be read; the message is for the user, in Vietnamese, and names the row. */
public class StatementException extends RuntimeException {

    public StatementException(String message) {
        super(message);
    }
}
