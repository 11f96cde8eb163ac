package vn.doanket.funds;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.funds.internal.DonationStore;
import vn.doanket.funds.internal.FundAccess;
import vn.doanket.funds.internal.FundRow;
import vn.doanket.funds.internal.FundStore;
import vn.doanket.platform.audit.AuditAction;
import vn.doanket.platform.audit.AuditChange;
import vn.doanket.platform.audit.AuditTrail;

/**
 * Batches of donations counted together (a collection box, a list handed in by a school): the
 * cover says how many gifts and how much; gifts are entered one by one; the batch closes only when
 * both match to the đồng, and a closed batch never changes (the database refuses it too).
 */
@Service
public class DonationBatches {

    private final DonationStore store;
    private final Donations donations;
    private final FundStore funds;
    private final FundAccess access;
    private final AuditTrail audit;

    DonationBatches(DonationStore store, Donations donations, FundStore funds, FundAccess access, AuditTrail audit) {
        this.store = store;
        this.donations = donations;
        this.funds = funds;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public BatchView open(Commands.OpenBatch c) {
        FundRow fund = access.writable(c.fundId());
        String name = c.name() == null ? "" : c.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw FundsException.invalid("error.funds.batch.name-required");
        }
        if (c.expectedCount() <= 0 || c.expectedTotal() <= 0) {
            throw FundsException.invalid("error.funds.batch.cover-not-positive");
        }
        AccountView account = funds.account(fund.id(), c.accountId());
        if (!account.kind().isAsset()) {
            throw FundsException.invalid("error.funds.account.not-an-asset", account.name());
        }
        long id = store.createBatch(fund.id(), account.id(), name, c.expectedCount(), c.expectedTotal(), Actor.name());
        BatchView view = store.batch(id).orElseThrow();
        audit.record(new AuditChange(
                fund.unitId(),
                fund.unitPath(),
                "funds_donation_batch",
                Long.toString(id),
                AuditAction.CREATE,
                "Mở lô \"" + name + "\": " + c.expectedCount() + " khoản, " + Money.format(c.expectedTotal()),
                null,
                view));
        return view;
    }

    /** Enters one gift into an open batch, into the batch's account. */
    @Transactional
    public DonationView add(long batchId, Commands.BatchEntry e) {
        BatchView batch = lockOpen(batchId, "error.funds.batch.closed.add");
        return donations.record(
                new Commands.RecordDonation(
                        batch.fundId(),
                        batch.accountId(),
                        e.donorName(),
                        e.organisation(),
                        e.display(),
                        e.amount(),
                        e.receivedOn(),
                        e.purpose()),
                batchId);
    }

    /** Closes the batch when what was entered matches its cover exactly; says the difference otherwise. */
    @Transactional
    public BatchView close(long batchId) {
        BatchView batch = lockOpen(batchId, "error.funds.batch.closed.close");
        FundRow fund = access.writable(batch.fundId());
        if (!batch.matches()) {
            throw mismatch(batch);
        }
        store.close(batchId, Actor.name(), batch.count(), batch.total());
        BatchView after = store.batch(batchId).orElseThrow();
        audit.record(new AuditChange(
                fund.unitId(),
                fund.unitPath(),
                "funds_donation_batch",
                Long.toString(batchId),
                AuditAction.APPROVE,
                "Khóa lô \"" + batch.name() + "\": " + batch.count() + " khoản, " + Money.format(batch.total()),
                withoutGifts(batch),
                withoutGifts(after)));
        return after;
    }

    @Transactional(readOnly = true)
    public BatchView batch(long batchId) {
        BatchView b = store.batch(batchId).orElseThrow(() -> notFound(batchId));
        access.visible(b.fundId());
        return b;
    }

    @Transactional(readOnly = true)
    public List<BatchView> ofFund(long fundId) {
        access.visible(fundId);
        return store.batches(fundId, 200);
    }

    /**
     * "Entered 9 gifts, 4.500.000 đ; the cover says 10 gifts, 5.000.000 đ: 1 gift and 500.000 đ
     * missing", one whole message for each way the count and the total can be off.
     */
    static FundsException mismatch(BatchView b) {
        int dc = b.missingCount();
        long dt = b.missingTotal();
        String count = dc > 0 ? "short" : dc < 0 ? "over" : "ok";
        String total = dt > 0 ? "short" : dt < 0 ? "over" : "ok";
        String key =
                switch (count + "-" + total) {
                    case "short-short" -> "error.funds.batch.mismatch.short-short";
                    case "short-over" -> "error.funds.batch.mismatch.short-over";
                    case "short-ok" -> "error.funds.batch.mismatch.short-ok";
                    case "over-short" -> "error.funds.batch.mismatch.over-short";
                    case "over-over" -> "error.funds.batch.mismatch.over-over";
                    case "over-ok" -> "error.funds.batch.mismatch.over-ok";
                    case "ok-short" -> "error.funds.batch.mismatch.ok-short";
                    case "ok-over" -> "error.funds.batch.mismatch.ok-over";
                    default -> throw new IllegalStateException("batch " + b.id() + " matches its cover");
                };
        return FundsException.conflict(
                "funds.batch.mismatch",
                key,
                b.name(),
                b.count(),
                Money.format(b.total()),
                b.expectedCount(),
                Money.format(b.expectedTotal()),
                Math.abs(dc),
                Money.format(Math.abs(dt)));
    }

    /** The batch, locked, if still open; {@code closedKey} says what a closed batch refuses. */
    private BatchView lockOpen(long batchId, String closedKey) {
        BatchView batch = store.lockBatch(batchId).orElseThrow(() -> notFound(batchId));
        access.writable(batch.fundId());
        if (!batch.open()) {
            throw FundsException.conflict("funds.batch.closed", closedKey, batch.name());
        }
        return batch;
    }

    private static BatchView withoutGifts(BatchView b) {
        return new BatchView(
                b.id(),
                b.fundId(),
                b.accountId(),
                b.name(),
                b.expectedCount(),
                b.expectedTotal(),
                b.count(),
                b.total(),
                b.status(),
                b.createdBy(),
                b.createdAt(),
                b.closedBy(),
                b.closedAt(),
                b.closedCount(),
                b.closedTotal(),
                List.of());
    }

    private static FundsException notFound(long id) {
        return FundsException.notFound("error.funds.batch-not-found", id);
    }
}
