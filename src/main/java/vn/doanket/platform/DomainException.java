package vn.doanket.platform;

/**
 * A business rule said no. Carries a stable code (for scripts and the i18n key
 * {@code error.<code>}), the HTTP status it maps to, and a Vietnamese message for the user.
 */
public class DomainException extends RuntimeException {

    private final String code;
    private final int status;
    private final transient Object[] args;

    public DomainException(String code, int status, String message, Object... args) {
        super(message);
        this.code = code;
        this.status = status;
        this.args = args;
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
    public String message(java.util.Locale locale) {
        return getMessage();
    }
}
