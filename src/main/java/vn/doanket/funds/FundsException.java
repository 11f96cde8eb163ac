package vn.doanket.funds;

import vn.doanket.funds.statement.StatementException;
import vn.doanket.platform.DomainException;
import vn.doanket.platform.Messages;

/**
 * A rule of the funds module said no; codes are stable for scripts and the API. The message is a key
 * of messages/funds*.properties ({@code error.funds.…}) with its arguments: Vietnamese in
 * {@link #getMessage()} (the API's detail), and English for an English reader's page. Arguments are
 * written as given, so money goes in as {@link Money#format} and dates as the app prints them.
 */
public class FundsException extends DomainException {

    /** The funds module's message bundle, shared with the pages. */
    public static final String BUNDLE = "messages/funds";

    private FundsException(String code, int status, Messages.Key message) {
        super(code, status, message);
    }

    private FundsException(String code, int status, String key, Object... args) {
        this(code, status, new Messages.Key(BUNDLE, key, args));
    }

    public static FundsException fundNotFound(long id) {
        return new FundsException("funds.not-found", 404, "error.funds.fund-not-found", id);
    }

    public static FundsException accountNotInFund(long accountId, long fundId) {
        return new FundsException(
                "funds.account-not-in-fund", 400, "error.funds.account-not-in-fund", accountId, fundId);
    }

    public static FundsException insufficient(String fundName, long balance, long amount) {
        return new FundsException(
                "funds.insufficient",
                409,
                "error.funds.insufficient",
                fundName,
                Money.format(balance),
                Money.format(amount));
    }

    /** Something asked for by its number is not there ("funds.not-found", 404). */
    public static FundsException notFound(String key, Object... args) {
        return new FundsException("funds.not-found", 404, key, args);
    }

    /** What was asked is not allowed as it stands ("funds.invalid", 400). */
    public static FundsException invalid(String key, Object... args) {
        return new FundsException("funds.invalid", 400, key, args);
    }

    /** The state of the funds forbids it (409), under its own code. */
    public static FundsException conflict(String code, String key, Object... args) {
        return new FundsException(code, 409, key, args);
    }

    /** The statement cannot be imported ("funds.statement.invalid", 400). */
    public static FundsException badStatement(String key, Object... args) {
        return new FundsException("funds.statement.invalid", 400, key, args);
    }

    /** The statement file cannot be read: its reader's message, in the reader's language too. */
    public static FundsException badStatement(StatementException unreadable) {
        return new FundsException("funds.statement.invalid", 400, unreadable.key());
    }

    public static FundsException statementTooLarge(long bytes, long max) {
        return new FundsException(
                "funds.statement.too-large",
                413,
                "error.funds.statement.too-large",
                bytes / (1024 * 1024),
                max / (1024 * 1024));
    }
}
