package vn.doanket.identity;

import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.Forbidden;
import vn.doanket.platform.access.Role;
import vn.doanket.platform.access.SignedIn;

/** Answers "may the current account see or change this unit?" — its home unit's subtree only. */
@Service
public class AccessGuard {

    private final OrgUnits units;

    AccessGuard(OrgUnits units) {
        this.units = units;
    }

    public Optional<CurrentAccount> current() {
        return SignedIn.account();
    }

    public CurrentAccount require() {
        return current().orElseThrow(() -> Forbidden.because("sign-in"));
    }

    public boolean canSee(Unit unit) {
        return current().map(a -> within(a, unit)).orElse(false);
    }

    /** Throws 403 unless the unit lies in the current account's subtree. */
    public CurrentAccount requireWithin(Unit unit) {
        CurrentAccount account = require();
        if (!within(account, unit)) {
            throw Forbidden.because("unit-outside-account", unit.name(), unit.code(), account.username());
        }
        return account;
    }

    public CurrentAccount requireRole(Role... roles) {
        CurrentAccount account = require();
        for (Role r : roles) {
            if (account.has(r)) {
                return account;
            }
        }
        throw Forbidden.because("not-allowed", account.username());
    }

    /** The home unit of the current account. */
    public Unit homeUnit() {
        return units.findById(require().homeUnitId()).orElseThrow();
    }

    private boolean within(CurrentAccount account, Unit unit) {
        return units.isVisibleTo(account, unit);
    }
}
