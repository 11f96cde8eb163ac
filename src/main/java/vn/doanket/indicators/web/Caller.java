package vn.doanket.indicators.web;

import org.springframework.stereotype.Component;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.SignedIn;

/**
 * The signed-in account and the units it may act for, from the platform's view of the account, so
 * the indicators module keeps depending on organization and platform only (not on identity).
 */
@Component
class Caller {

    private final OrgUnits units;

    Caller(OrgUnits units) {
        this.units = units;
    }

    CurrentAccount require() {
        return SignedIn.require();
    }

    /** True when the unit lies in the signed-in account's subtree. */
    boolean canSee(Unit unit) {
        return SignedIn.account().map(a -> units.isVisibleTo(a, unit)).orElse(false);
    }
}
