package vn.doanket.funds.internal;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.funds.AccountKind;
import vn.doanket.funds.AccountView;
import vn.doanket.funds.Commands;
import vn.doanket.funds.FundsException;
import vn.doanket.funds.MovementKind;
import vn.doanket.funds.MovementView;
import vn.doanket.platform.audit.AuditAction;
import vn.doanket.platform.audit.AuditChange;
import vn.doanket.platform.audit.AuditTrail;

/**
 * The ledger's rules for each kind of movement, without access checks (the facades check the
 * caller first). Every method locks the fund rows it touches, so concurrent payments from one fund
 * are serialised and the balance it checks is the balance it changes.
 */
@Service
public class Postings {

    private final FundStore funds;
    private final LedgerWriter writer;
    private final LedgerReader reader;
    private final AuditTrail audit;
    private final SearchCache search;

    Postings(FundStore funds, LedgerWriter writer, LedgerReader reader, AuditTrail audit, SearchCache search) {
        this.search = search;
        this.funds = funds;
        this.writer = writer;
        this.reader = reader;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public MovementView receive(Commands.ReceiveDonation c, String actor) {
        positive(c.amount());
        FundRow fund = funds.lock(List.of(c.fundId())).get(0);
        AccountView to = asset(c.fundId(), c.accountId());
        AccountView income = funds.account(c.fundId(), AccountKind.INCOME);
        return post(
                fund,
                Posting.move(fund.id(), MovementKind.DONATION, c.bookedOn(), c.description(), income, to, c.amount()),
                actor);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public MovementView allocate(Commands.Allocate c, String actor) {
        positive(c.amount());
        if (c.fromFundId() == c.toFundId()) {
            throw FundsException.invalid("error.funds.allocation.same-fund");
        }
        List<FundRow> locked = funds.lock(List.of(c.fromFundId(), c.toFundId()));
        FundRow from = locked.stream()
                .filter(f -> f.id() == c.fromFundId())
                .findFirst()
                .orElseThrow();
        FundRow to =
                locked.stream().filter(f -> f.id() == c.toFundId()).findFirst().orElseThrow();
        if (!to.unitPath().startsWith(from.unitPath()) || to.unitPath().equals(from.unitPath())) {
            throw FundsException.invalid("error.funds.allocation.not-below", from.unitCode());
        }
        AccountView source = asset(from.id(), c.fromAccountId());
        AccountView target = asset(to.id(), c.toAccountId());
        requireCovered(from, source, c.amount());
        Posting p = Posting.move(
                from.id(), MovementKind.ALLOCATION, c.bookedOn(), c.description(), source, target, c.amount());
        MovementView m = post(from, p, actor);
        audit.recordAs(
                actor,
                new AuditChange(
                        to.unitId(),
                        to.unitPath(),
                        "funds_movement",
                        Long.toString(m.id()),
                        AuditAction.CREATE,
                        "Nhận phân bổ " + vn.doanket.funds.Money.format(c.amount()) + " từ quỹ " + from.name(),
                        null,
                        Map.of("movement", m.id(), "fund", to.id())));
        return m;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public MovementView transfer(Commands.Transfer c, String actor) {
        positive(c.amount());
        FundRow fund = funds.lock(List.of(c.fundId())).get(0);
        AccountView from = asset(fund.id(), c.fromAccountId());
        AccountView to = asset(fund.id(), c.toAccountId());
        if (from.id() == to.id()) {
            throw FundsException.invalid("error.funds.transfer.same-account");
        }
        requireCovered(fund, from, c.amount());
        return post(
                fund,
                Posting.move(fund.id(), MovementKind.TRANSFER, c.bookedOn(), c.description(), from, to, c.amount()),
                actor);
    }

    /** Pays out of an asset account into the fund's expense account; never below zero. */
    @Transactional(propagation = Propagation.MANDATORY)
    public MovementView pay(
            long fundId, long accountId, long amount, java.time.LocalDate on, String text, String actor) {
        positive(amount);
        FundRow fund = funds.lock(List.of(fundId)).get(0);
        AccountView from = asset(fundId, accountId);
        requireCovered(fund, from, amount);
        AccountView expense = funds.account(fundId, AccountKind.EXPENSE);
        return post(fund, Posting.move(fundId, MovementKind.DISBURSEMENT, on, text, from, expense, amount), actor);
    }

    /** Cancels a movement with its mirror image; the original stays, linked to its reversal. */
    @Transactional(propagation = Propagation.MANDATORY)
    public MovementView reverse(long movementId, String reason, String actor) {
        MovementView original = reader.movement(movementId)
                .orElseThrow(() -> FundsException.invalid("error.funds.movement-not-found", movementId));
        if (original.kind() == MovementKind.REVERSAL) {
            throw FundsException.invalid("error.funds.movement.reversal-of-reversal");
        }
        if (original.reversedById() != null) {
            throw FundsException.conflict(
                    "funds.already-reversed",
                    "error.funds.movement.already-reversed-by",
                    movementId,
                    original.reversedById());
        }
        List<FundRow> locked =
                funds.lock(original.entries().stream().map(e -> e.fundId()).toList());
        FundRow owner = locked.stream()
                .filter(f -> f.id() == original.fundId())
                .findFirst()
                .orElseThrow();
        List<Posting.Line> lines = original.entries().stream()
                .map(e -> new Posting.Line(
                        new AccountView(e.accountId(), e.fundId(), e.accountKind(), e.accountName(), null, null, 0),
                        -e.amount()))
                .toList();
        Posting p = new Posting(
                owner.id(),
                MovementKind.REVERSAL,
                java.time.LocalDate.now(),
                "Đảo bút toán số " + movementId + ": " + (reason == null ? "" : reason.strip()),
                movementId,
                lines);
        try {
            MovementView reversal = post(owner, p, actor);
            // a reversed statement line or gift is shown as such by the public search (V60 logs which)
            locked.forEach(f -> search.invalidateAfterCommit(f.id()));
            return reversal;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw FundsException.conflict(
                    "funds.already-reversed", "error.funds.movement.already-reversed", movementId);
        }
    }

    private MovementView post(FundRow fund, Posting p, String actor) {
        long id;
        try {
            id = writer.append(p, actor);
        } catch (LedgerWriter.NegativeBalance e) {
            throw FundsException.insufficient(
                    fund.name(),
                    funds.get(fund.id()).balance(),
                    p.lines().stream()
                            .filter(l -> l.account().kind().isAsset() && l.amount() < 0)
                            .mapToLong(l -> -l.amount())
                            .sum());
        }
        MovementView m = reader.movement(id).orElseThrow();
        audit.recordAs(
                actor,
                new AuditChange(
                        fund.unitId(),
                        fund.unitPath(),
                        "funds_movement",
                        Long.toString(id),
                        AuditAction.CREATE,
                        p.kind() + " " + vn.doanket.funds.Money.format(Math.abs(m.effectOn(fund.id()))) + ": "
                                + p.description(),
                        null,
                        m));
        return m;
    }

    private AccountView asset(long fundId, long accountId) {
        AccountView a = funds.account(fundId, accountId);
        if (!a.kind().isAsset()) {
            throw FundsException.invalid("error.funds.account.not-an-asset", a.name());
        }
        return a;
    }

    private static void requireCovered(FundRow fund, AccountView from, long amount) {
        if (from.balance() < amount || fund.balance() < amount) {
            throw FundsException.insufficient(fund.name(), Math.min(fund.balance(), from.balance()), amount);
        }
    }

    private static void positive(long amount) {
        if (amount <= 0) {
            throw FundsException.invalid("error.funds.amount-not-positive");
        }
    }
}
