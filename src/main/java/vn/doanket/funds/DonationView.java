package vn.doanket.funds;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One gift with its donor, as entered by an officer. {@code publicName} is what the portal may show
 * (the name, the masked name or "Nhà hảo tâm ẩn danh"); {@code reversedById} names the ledger
 * reversal that cancelled it, if any — the gift itself is never edited.
 */
public record DonationView(
        long id,
        long fundId,
        Long batchId,
        long movementId,
        long donorId,
        String donorName,
        String donorKind,
        DonorDisplay display,
        String publicName,
        long amount,
        LocalDate receivedOn,
        String purpose,
        String createdBy,
        Instant createdAt,
        Long reversedById) {

    /** The receipt's number: the gift's id, padded, with the symbol for a receipt (BN, biên nhận). */
    public String receiptNumber() {
        return receiptNumber(id);
    }

    /** The receipt number of the gift with this id; the public search shows it as the gift's reference. */
    public static String receiptNumber(long donationId) {
        return String.format("%06d/BN", donationId);
    }

    public boolean reversed() {
        return reversedById != null;
    }
}
