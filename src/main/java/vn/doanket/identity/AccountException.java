package vn.doanket.identity;

import vn.doanket.platform.DomainException;

/** An account change was refused; the message says why in Vietnamese. */
public class AccountException extends DomainException {
    public AccountException(String code, String message, Object... args) {
        super(code, 409, message, args);
    }
}
