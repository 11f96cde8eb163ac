package vn.doanket.funds;

import java.time.LocalDate;

/** A payment request and where it stands; {@code movementId} is set once it is paid. */
public record DisbursementView(
        long id,
        long fundId,
        long accountId,
        long amount,
        String payee,
        String purpose,
        LocalDate bookedOn,
        Status status,
        String maker,
        String approver,
        Long movementId,
        String decisionNote) {

    public enum Status {
        PENDING,
        PAID,
        REJECTED
    }
}
