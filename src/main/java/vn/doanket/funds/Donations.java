package vn.doanket.funds;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.funds.internal.DonationStore;
import vn.doanket.funds.internal.FundAccess;
import vn.doanket.funds.internal.FundRow;
import vn.doanket.funds.internal.PublicGifts;
import vn.doanket.funds.internal.SearchCache;
import vn.doanket.platform.audit.AuditAction;
import vn.doanket.platform.audit.AuditChange;
import vn.doanket.platform.audit.AuditTrail;

/**
 * Gifts from named donors, entered one by one. The money goes through the ledger's own donation
 * path ({@link FundLedger#receive}); the gift row records who gave it and how the portal shows it.
 * Nothing here is ever edited: a mistaken gift is cancelled by reversing its movement.
 */
@Service
public class Donations {

    static final int MAX_NAME = 200;
    static final int MAX_PURPOSE = 500;

    private final FundLedger ledger;
    private final Donors donors;
    private final DonationStore store;
    private final FundAccess access;
    private final AuditTrail audit;
    private final PublicGifts gifts;
    private final SearchCache search;

    Donations(
            FundLedger ledger,
            Donors donors,
            DonationStore store,
            FundAccess access,
            AuditTrail audit,
            PublicGifts gifts,
            SearchCache search) {
        this.gifts = gifts;
        this.search = search;
        this.ledger = ledger;
        this.donors = donors;
        this.store = store;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public DonationView record(Commands.RecordDonation c) {
        return record(c, null);
    }

    /** Shared by single gifts and batch entries: checks, ledger movement, gift row, audit. */
    DonationView record(Commands.RecordDonation c, Long batchId) {
        FundRow fund = access.writable(c.fundId());
        String name = c.donorName() == null ? "" : c.donorName().strip();
        String purpose = c.purpose() == null || c.purpose().isBlank()
                ? "Ủng hộ " + fund.name()
                : c.purpose().strip();
        if (name.isEmpty()) {
            throw FundsException.invalid("error.funds.donor.name-required");
        }
        if (name.length() > MAX_NAME) {
            throw FundsException.invalid("error.funds.gift.name-too-long", MAX_NAME);
        }
        if (purpose.length() > MAX_PURPOSE) {
            throw FundsException.invalid("error.funds.gift.purpose-too-long", MAX_PURPOSE);
        }
        if (c.amount() <= 0) {
            throw FundsException.invalid("error.funds.gift.amount-not-positive");
        }
        DonorDisplay display = c.display() == null ? DonorDisplay.NAMED : c.display();
        LocalDate on = c.receivedOn() == null ? LocalDate.now() : c.receivedOn();
        if (on.isAfter(LocalDate.now())) {
            throw FundsException.invalid("error.funds.gift.received-in-future", on.format(Receipts.DATE));
        }
        DonorView donor = donors.register(name, c.organisation(), display);
        String text = "Nhận ủng hộ của " + donor.name() + (batchId == null ? "" : " (lô số " + batchId + ")") + ": "
                + purpose;
        MovementView m = ledger.receive(new Commands.ReceiveDonation(
                fund.id(), c.accountId(), c.amount(), on, text.length() > 500 ? text.substring(0, 500) : text));
        long id = store.createDonation(
                fund.id(), batchId, m.id(), donor.id(), display, c.amount(), on, purpose, Actor.name());
        // searchable by the public like a statement line, once this commits
        gifts.publish(id);
        search.invalidateAfterCommit(fund.id());
        DonationView view = store.donation(id).orElseThrow();
        audit.record(new AuditChange(
                fund.unitId(),
                fund.unitPath(),
                "funds_donation",
                Long.toString(id),
                AuditAction.CREATE,
                "Ủng hộ " + Money.format(c.amount()) + " của " + donor.name(),
                null,
                view));
        return view;
    }

    /** Cancels a gift: its ledger movement is reversed; the gift stays, marked with the reversal. */
    @Transactional
    public DonationView reverse(long donationId, String reason) {
        DonationView before = get(donationId);
        FundRow fund = access.writable(before.fundId());
        if (reason == null || reason.isBlank()) {
            throw FundsException.invalid("error.funds.gift.reversal-reason-required");
        }
        if (before.reversed()) {
            throw FundsException.conflict(
                    "funds.already-reversed", "error.funds.gift.already-reversed", donationId, before.reversedById());
        }
        ledger.reverse(before.movementId(), "hủy khoản ủng hộ số " + donationId + " – " + reason.strip());
        DonationView after = get(donationId);
        audit.record(new AuditChange(
                fund.unitId(),
                fund.unitPath(),
                "funds_donation",
                Long.toString(donationId),
                AuditAction.UPDATE,
                "Hủy khoản ủng hộ " + Money.format(before.amount()) + ": " + reason.strip(),
                before,
                Map.of("reversedBy", after.reversedById(), "reason", reason.strip())));
        return after;
    }

    @Transactional(readOnly = true)
    public DonationView donation(long donationId) {
        DonationView d = get(donationId);
        access.visible(d.fundId());
        return d;
    }

    /** The fund's gifts entered one by one (outside batches), newest first. */
    @Transactional(readOnly = true)
    public List<DonationView> ofFund(long fundId) {
        access.visible(fundId);
        return store.donationsOfFund(fundId, 200);
    }

    private DonationView get(long id) {
        return store.donation(id).orElseThrow(() -> FundsException.notFound("error.funds.gift-not-found", id));
    }
}
