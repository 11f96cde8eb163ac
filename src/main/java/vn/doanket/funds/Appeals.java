package vn.doanket.funds;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.funds.internal.AppealRollup;
import vn.doanket.funds.internal.FundAccess;
import vn.doanket.funds.internal.FundStore;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;

/**
 * Appeals (cuộc vận động ủng hộ) and what they raised, rolled up: an appeal at the centre sees the
 * sum of the funds of every committee below that takes part in it. Progress is public, as the
 * portal shows it without login.
 */
@Service
public class Appeals {

    private final FundStore funds;
    private final AppealRollup rollup;
    private final OrgUnits units;
    private final FundAccess access;
    private final FundLedger ledger;

    Appeals(FundStore funds, AppealRollup rollup, OrgUnits units, FundAccess access, FundLedger ledger) {
        this.funds = funds;
        this.rollup = rollup;
        this.units = units;
        this.access = access;
        this.ledger = ledger;
    }

    @Transactional(readOnly = true)
    public AppealProgress progress(long appealId) {
        AppealView appeal = funds.appeal(appealId)
                .orElseThrow(() -> FundsException.notFound("error.funds.appeal-not-found", appealId));
        Unit owner = units.get(appeal.unit());
        List<AppealProgress.Part> parts = new ArrayList<>();
        long total = 0;
        for (AppealRollup.Share s : rollup.shares(appealId, owner.treePath())) {
            Unit u = s.child() == null ? owner : units.findById(s.child()).orElse(null);
            parts.add(new AppealProgress.Part(
                    u == null ? "?" : u.code(),
                    u == null ? "?" : u.fullName(),
                    s.child() == null,
                    s.funds(),
                    s.raised()));
            total += s.raised();
        }
        Integer percent = appeal.target() == null ? null : (int) Math.min(total * 100 / appeal.target(), 9_999);
        AppealView rolled = new AppealView(
                appeal.id(), appeal.unit(), appeal.name(), appeal.startsOn(), appeal.endsOn(), appeal.target(), total);
        return new AppealProgress(rolled, owner.fullName(), total, percent, parts);
    }

    /** Appeals the unit's committee can take part in: its own and those of the units above it. */
    @Transactional(readOnly = true)
    public List<AppealView> open(String unitCode) {
        Unit unit = access.visibleUnit(unitCode);
        return rollup.appealsAbove(unit.treePath()).stream()
                .map(id -> funds.appeal(id).orElseThrow())
                .toList();
    }

    /** A committee takes part in an appeal by opening its relief fund for it. */
    @Transactional
    public FundView takePart(long appealId, String unitCode, String fundName, String bank, String bankNumber) {
        AppealView appeal = funds.appeal(appealId)
                .orElseThrow(() -> FundsException.notFound("error.funds.appeal-not-found", appealId));
        String name = fundName == null || fundName.isBlank() ? "Quỹ cứu trợ – " + appeal.name() : fundName.strip();
        return ledger.openFund(new Commands.OpenFund(unitCode, FundKind.CUU_TRO, name, appealId, bank, bankNumber));
    }
}
