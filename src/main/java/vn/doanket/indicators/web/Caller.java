package vn.doanket.indicators.web;

import org.springframework.stereotype.Component;
import vn.doanket.identity.AccessGuard;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.CurrentAccount;

/** The signed-in account and the units it may act for: the shared {@link AccessGuard}, in one place. */
@Component
class Caller {

    private final AccessGuard guard;

    Caller(AccessGuard guard) {
        this.guard = guard;
    }

    CurrentAccount require() {
        return guard.require();
    }

    /** True when the unit lies in the signed-in account's subtree. */
    boolean canSee(Unit unit) {
        return guard.canSee(unit);
    }
}
