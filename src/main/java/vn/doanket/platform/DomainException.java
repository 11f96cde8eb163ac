package vn.doanket.platform;

import java.util.Locale;

/**
 * A business rule said no. Carries a stable code (for scripts and the i18n key
 * {@code error.<code>}), the HTTP status it maps to, and a Vietnamese message for the user. A refusal
 * made from a message bundle's key also answers an English reader in English.
 */
public class DomainException extends RuntimeException {

    private final String code;
    private final int status;
    private final transient Object[] args;
    private final transient Messages.Key key;

    public DomainException(String code, int status, String message, Object... args) {
        super(message);
        this.code = code;
        this.status = status;
        this.args = args;
        this.key = null;
    }

    /**
     * A refusal whose message is a key of a module's bundle (e.g. "messages/funds") with its
     * arguments: Vietnamese in {@link #getMessage()}, and in the reader's language from
     * {@link #message(Locale)}. The arguments are written as given (format numbers and dates first).
     */
    protected DomainException(String code, int status, Messages.Key message) {
        super(message.vi());
        this.code = code;
        this.status = status;
        this.args = message.args();
        this.key = message;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public Object[] args() {
        return args.clone();
    }

    /**
     * The message in the reader's language where the module has it in that language; the Vietnamese
     * message otherwise (and always for Vietnamese readers).
     */
    public String message(Locale locale) {
        // a key missing in English is read from the Vietnamese bundle, its parent
        return key == null || !Messages.isEnglish(locale) ? getMessage() : key.in(locale);
    }
}
