package vn.doanket.audit.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.Forbidden;
import vn.doanket.platform.access.SignedIn;
import vn.doanket.platform.audit.AuditEntry;
import vn.doanket.platform.audit.AuditTrail;

/** Resolves the unit filter (default: the caller's home unit; never outside its subtree) and queries the trail. */
@Component
class AuditBrowser {

    record Result(Unit scope, List<AuditEntry> entries) {}

    private final OrgUnits units;
    private final AuditTrail trail;

    AuditBrowser(OrgUnits units, AuditTrail trail) {
        this.units = units;
        this.trail = trail;
    }

    Result find(String unitCode, String actor, LocalDate from, LocalDate to, int limit, int offset) {
        Unit scope = scope(unitCode);
        int size = Math.max(1, Math.min(limit, AuditTrail.MAX_PAGE));
        return new Result(
                scope,
                trail.find(new AuditTrail.AuditQuery(scope.treePath(), actor, from, to, size, Math.max(0, offset))));
    }

    /** One entry of the unit's subtree, as {@link #find} lists them; empty for one that is not there. */
    java.util.Optional<AuditEntry> entry(long id, String unitCode) {
        return trail.find(id, scope(unitCode).treePath());
    }

    /** The unit whose subtree is shown: the one asked for, or the caller's home unit; never outside its own. */
    private Unit scope(String unitCode) {
        CurrentAccount me = SignedIn.require();
        Unit scope = unitCode == null || unitCode.isBlank()
                ? units.findById(me.homeUnitId()).orElseThrow()
                : units.get(unitCode.strip());
        if (!units.isVisibleTo(me, scope)) {
            throw Forbidden.because("unit-outside-account", scope.name(), scope.code(), me.username());
        }
        return scope;
    }
}
