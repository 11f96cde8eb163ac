package vn.doanket.platform.access;

import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import vn.doanket.platform.Messages;

/**
 * An access refused with a reason from a message bundle: Vietnamese in {@link #getMessage()} (the API's
 * answers), and in the reader's language for a page.
 */
public class Forbidden extends AccessDeniedException {

    private final transient Messages.Key reason;

    public Forbidden(Messages.Key reason) {
        super(reason.vi());
        this.reason = reason;
    }

    /** A reason of the access rules, from the platform's bundle: {@code error.access.<what>}. */
    public static Forbidden because(String what, Object... args) {
        return new Forbidden(new Messages.Key(Messages.PLATFORM, "error.access." + what, args));
    }

    public String message(Locale locale) {
        return reason.in(locale);
    }

    /** Why access was refused, in the reader's language where the refusal has it. */
    public static String reason(AccessDeniedException e, Locale locale) {
        return e instanceof Forbidden f ? f.message(locale) : e.getMessage();
    }
}
