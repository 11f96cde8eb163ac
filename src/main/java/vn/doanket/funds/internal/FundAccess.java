package vn.doanket.funds.internal;

import org.springframework.stereotype.Component;
import vn.doanket.funds.FundsException;
import vn.doanket.identity.AccessGuard;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.Messages;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.Forbidden;

/** The caller may see (or change) a fund only when its committee lies in the caller's subtree. */
@Component
public class FundAccess {

    private final FundStore funds;
    private final OrgUnits units;
    private final AccessGuard guard;

    FundAccess(FundStore funds, OrgUnits units, AccessGuard guard) {
        this.funds = funds;
        this.units = units;
        this.guard = guard;
    }

    public FundRow visible(long fundId) {
        FundRow fund = funds.get(fundId);
        guard.requireWithin(unit(fund));
        return fund;
    }

    /** Visible and the caller may enter data (not a read-only viewer). */
    public FundRow writable(long fundId) {
        FundRow fund = visible(fundId);
        requireWriter();
        return fund;
    }

    public CurrentAccount requireWriter() {
        CurrentAccount me = guard.require();
        if (!me.canEnterData()) {
            throw new Forbidden(new Messages.Key(FundsException.BUNDLE, "error.funds.read-only", me.username()));
        }
        return me;
    }

    public Unit unit(FundRow fund) {
        return units.findById(fund.unitId()).orElseThrow(() -> FundsException.fundNotFound(fund.id()));
    }

    public Unit visibleUnit(String code) {
        Unit unit = units.get(code);
        guard.requireWithin(unit);
        return unit;
    }
}
