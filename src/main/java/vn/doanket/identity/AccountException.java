package vn.doanket.identity;

import vn.doanket.platform.DomainException;
import vn.doanket.platform.Messages;

/**
 * An account change was refused; the message (messages/identity*.properties, {@code error.<code>})
 * says why, in Vietnamese, and in English to an English reader.
 */
public class AccountException extends DomainException {

    /** The identity module's messages, Vietnamese with English beside them. */
    static final String BUNDLE = "messages/identity";

    private AccountException(String code, Object... args) {
        super(code, 409, new Messages.Key(BUNDLE, "error." + code, args));
    }

    /** No unit in force has the code typed. */
    static AccountException unitUnknown(String unitCode) {
        return new AccountException("identity.unit-unknown", unitCode);
    }

    /** The account's unit is outside the administrator's own subtree. */
    static AccountException unitOutside(String unitName) {
        return new AccountException("identity.unit-outside", unitName);
    }

    static AccountException usernameTaken(String username) {
        return new AccountException("identity.username-taken", username);
    }

    static AccountException accountUnknown(long id) {
        return new AccountException("identity.account-unknown", id);
    }
}
