package vn.doanket.organization;

import vn.doanket.platform.DomainException;
import vn.doanket.platform.Messages;

/** No unit has this code (on the date asked). */
public class UnitNotFoundException extends DomainException {
    public UnitNotFoundException(String code) {
        super(
                "org.unit-not-found",
                404,
                new Messages.Key(PositionRuleException.BUNDLE, "error.org.unit-not-found", code));
    }
}
