package vn.doanket.funds;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.funds.internal.FundAccess;
import vn.doanket.funds.internal.FundRow;
import vn.doanket.funds.internal.FundStore;
import vn.doanket.funds.internal.LedgerReader;
import vn.doanket.funds.internal.Postings;
import vn.doanket.organization.Unit;
import vn.doanket.platform.audit.AuditAction;
import vn.doanket.platform.audit.AuditChange;
import vn.doanket.platform.audit.AuditTrail;

/**
 * The funds of the committees and their append-only ledger, for the signed-in caller: every method
 * checks that the fund's committee lies in the caller's subtree.
 */
@Service
public class FundLedger {

    private final FundStore funds;
    private final FundAccess access;
    private final Postings postings;
    private final LedgerReader reader;
    private final AuditTrail audit;

    FundLedger(FundStore funds, FundAccess access, Postings postings, LedgerReader reader, AuditTrail audit) {
        this.funds = funds;
        this.access = access;
        this.postings = postings;
        this.reader = reader;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<FundView> fundsOf(String unitCode) {
        Unit unit = access.visibleUnit(unitCode);
        return funds.ofUnit(unit.id()).stream().map(FundRow::view).toList();
    }

    @Transactional(readOnly = true)
    public FundView fund(long fundId) {
        return access.visible(fundId).view();
    }

    @Transactional(readOnly = true)
    public List<AccountView> accounts(long fundId) {
        access.visible(fundId);
        return funds.accounts(fundId);
    }

    @Transactional
    public long openAppeal(Commands.OpenAppeal c) {
        access.requireWriter();
        Unit unit = access.visibleUnit(c.unitCode());
        if (c.name() == null || c.name().isBlank() || c.startsOn() == null) {
            throw FundsException.invalid("error.funds.appeal.name-and-start-required");
        }
        long id = funds.createAppeal(unit, c.name().strip(), c.startsOn(), c.endsOn(), c.target());
        audit.record(new AuditChange(
                unit.id(), unit.treePath(), "funds_appeal", Long.toString(id), AuditAction.CREATE, c.name(), null, c));
        return id;
    }

    @Transactional
    public FundView openFund(Commands.OpenFund c) {
        access.requireWriter();
        Unit unit = access.visibleUnit(c.unitCode());
        if (!unit.kind().isCommittee() || unit.isHistoric()) {
            throw FundsException.invalid("error.funds.fund.committee-only", unit.name());
        }
        if (c.kind() == FundKind.CUU_TRO && c.appealId() == null) {
            throw FundsException.invalid("error.funds.fund.relief-needs-appeal");
        }
        if (c.appealId() != null) {
            AppealView appeal = funds.appeal(c.appealId())
                    .orElseThrow(() -> FundsException.notFound("error.funds.appeal-not-found", c.appealId()));
            String appealPath = funds.appealPath(c.appealId());
            if (!unit.treePath().startsWith(appealPath)) {
                throw FundsException.invalid("error.funds.appeal.outside", appeal.name(), appeal.unit());
            }
        }
        try {
            long id = funds.createFund(unit, c.kind(), c.name().strip(), c.appealId());
            if (c.bank() != null && !c.bank().isBlank()) {
                funds.addBankAccount(
                        id,
                        c.bank().strip().toLowerCase(java.util.Locale.ROOT),
                        c.bankAccountNumber().strip());
            }
            FundView view = funds.get(id).view();
            audit.record(new AuditChange(
                    unit.id(),
                    unit.treePath(),
                    "funds_fund",
                    Long.toString(id),
                    AuditAction.CREATE,
                    c.name(),
                    null,
                    view));
            return view;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw FundsException.conflict("funds.duplicate", "error.funds.fund.duplicate", unit.name());
        }
    }

    @Transactional
    public MovementView receive(Commands.ReceiveDonation c) {
        access.writable(c.fundId());
        return postings.receive(c, Actor.name());
    }

    /** Allocation from a fund to a fund of a unit below: one movement, visible in both funds. */
    @Transactional
    public MovementView allocate(Commands.Allocate c) {
        access.writable(c.fromFundId());
        return postings.allocate(c, Actor.name());
    }

    @Transactional
    public MovementView transfer(Commands.Transfer c) {
        access.writable(c.fundId());
        return postings.transfer(c, Actor.name());
    }

    /** A correction: the movement is cancelled by its mirror image; the original stays visible. */
    @Transactional
    public MovementView reverse(long movementId, String reason) {
        MovementView original = reader.movement(movementId)
                .orElseThrow(() -> FundsException.invalid("error.funds.movement-not-found", movementId));
        access.writable(original.fundId());
        return postings.reverse(movementId, reason, Actor.name());
    }

    @Transactional(readOnly = true)
    public List<MovementView> movements(long fundId, int limit, int offset) {
        access.visible(fundId);
        return reader.movements(fundId, Math.min(Math.max(limit, 1), 500), Math.max(offset, 0));
    }

    @Transactional(readOnly = true)
    public FundBalance balanceOn(long fundId, LocalDate date) {
        access.visible(fundId);
        return reader.balanceOn(fundId, date == null ? LocalDate.now() : date);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<AppealView> appeal(long appealId) {
        return funds.appeal(appealId);
    }
}
