package vn.doanket.funds;

import java.time.Instant;
import java.util.List;

/**
 * A batch of donations counted together, with the count and total written on its cover. {@code
 * count} and {@code total} are what was entered and not reversed; once closed, {@code closedCount}
 * and {@code closedTotal} keep what matched at closing, whatever is corrected later.
 */
public record BatchView(
        long id,
        long fundId,
        long accountId,
        String name,
        int expectedCount,
        long expectedTotal,
        int count,
        long total,
        Status status,
        String createdBy,
        Instant createdAt,
        String closedBy,
        Instant closedAt,
        Integer closedCount,
        Long closedTotal,
        List<DonationView> donations) {

    public enum Status {
        OPEN,
        CLOSED
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    public boolean matches() {
        return count == expectedCount && total == expectedTotal;
    }

    public int missingCount() {
        return expectedCount - count;
    }

    public long missingTotal() {
        return expectedTotal - total;
    }
}
