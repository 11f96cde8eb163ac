package vn.doanket.indicators;

import vn.doanket.platform.DomainException;
import vn.doanket.platform.Messages;

/**
 * A refusal of the reporting engine whose message comes from messages/indicators*.properties by its
 * code and arguments ({@code error.<code>}), so it can be given in English to an English reader as
 * well as in Vietnamese.
 */
abstract class IndicatorException extends DomainException {

    IndicatorException(String code, int status, Object... args) {
        super(code, status, new Messages.Key(IndicatorMessages.BUNDLE, "error." + code, args));
    }
}
