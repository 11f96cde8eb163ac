package vn.doanket.funds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A balanced group of entries. {@code reversesId} names the movement it cancels; {@code reversedById}
 * the reversal that cancelled it, so the history of a correction stays visible.
 */
public record MovementView(
        long id,
        long fundId,
        MovementKind kind,
        LocalDate bookedOn,
        String description,
        Long reversesId,
        Long reversedById,
        String createdBy,
        Instant createdAt,
        List<EntryView> entries) {

    /** What the movement did to the money of one fund (sum of its asset entries there). */
    public long effectOn(long fund) {
        return entries.stream()
                .filter(e -> e.fundId() == fund && e.accountKind().isAsset())
                .mapToLong(EntryView::amount)
                .sum();
    }
}
