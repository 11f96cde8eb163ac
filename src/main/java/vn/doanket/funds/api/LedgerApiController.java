package vn.doanket.funds.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.funds.Commands;
import vn.doanket.funds.DisbursementView;
import vn.doanket.funds.Disbursements;
import vn.doanket.funds.FundLedger;
import vn.doanket.funds.MovementView;
import vn.doanket.platform.access.Access;

@RestController
@Tag(name = "Quỹ (funds)", description = "Funds of the committees, their ledger and bank statement import")
class LedgerApiController {

    private final FundLedger ledger;
    private final Disbursements disbursements;

    LedgerApiController(FundLedger ledger, Disbursements disbursements) {
        this.ledger = ledger;
        this.disbursements = disbursements;
    }

    record DonationRequest(
            @NotNull Long accountId,
            @NotNull @Positive Long amount,
            LocalDate bookedOn,
            @NotBlank @Size(max = 500) String description) {}

    record AllocationRequest(
            @NotNull Long fromAccountId,
            @NotNull Long toFundId,
            @NotNull Long toAccountId,
            @NotNull @Positive Long amount,
            LocalDate bookedOn,
            @NotBlank @Size(max = 500) String description) {}

    record DisbursementRequest(
            @NotNull Long accountId,
            @NotNull @Positive Long amount,
            @NotBlank @Size(max = 200) String payee,
            @NotBlank @Size(max = 500) String purpose,
            LocalDate bookedOn) {}

    record ReversalRequest(@NotBlank @Size(max = 300) String reason) {}

    @PostMapping("/api/v1/funds/{fundId}/donations")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "Record money received into one of the fund's bank or cash accounts")
    MovementView donation(@PathVariable long fundId, @Valid @RequestBody DonationRequest r) {
        return ledger.receive(
                new Commands.ReceiveDonation(fundId, r.accountId(), r.amount(), day(r.bookedOn()), r.description()));
    }

    @PostMapping("/api/v1/funds/{fundId}/allocations")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "Allocate money to the fund of a unit below: one movement visible in both funds")
    MovementView allocation(@PathVariable long fundId, @Valid @RequestBody AllocationRequest r) {
        return ledger.allocate(new Commands.Allocate(
                fundId,
                r.fromAccountId(),
                r.toFundId(),
                r.toAccountId(),
                r.amount(),
                day(r.bookedOn()),
                r.description()));
    }

    @PostMapping("/api/v1/funds/movements/{movementId}/reversal")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "Correct a movement: post its reversal (the original stays, linked to it)")
    MovementView reverse(@PathVariable long movementId, @Valid @RequestBody ReversalRequest r) {
        return ledger.reverse(movementId, r.reason());
    }

    @GetMapping("/api/v1/funds/{fundId}/disbursements")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "Payment requests of the fund, newest first")
    List<DisbursementView> disbursements(@PathVariable long fundId) {
        return disbursements.ofFund(fundId);
    }

    @PostMapping("/api/v1/funds/{fundId}/disbursements")
    @Access(Access.Level.SIGNED_IN)
    @Operation(
            summary = "Pay a household or project",
            description = "Paid at once up to the fund's approval threshold; above it PENDING until another person"
                    + " approves. 409 funds.insufficient when the fund cannot cover it.")
    DisbursementView disburse(@PathVariable long fundId, @Valid @RequestBody DisbursementRequest r) {
        return disbursements.request(new Commands.RequestDisbursement(
                fundId, r.accountId(), r.amount(), r.payee(), r.purpose(), r.bookedOn()));
    }

    @PostMapping("/api/v1/funds/disbursements/{id}/approval")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "Approve and pay a pending request; never by its maker (409 funds.four-eyes)")
    DisbursementView approve(@PathVariable long id) {
        return disbursements.approve(id);
    }

    record RejectionRequest(@NotBlank @Size(max = 500) String reason) {}

    @PostMapping("/api/v1/funds/disbursements/{id}/rejection")
    @Access(Access.Level.SIGNED_IN)
    @Operation(
            summary = "Reject a pending payment request; the reason is required and kept",
            description = "409 funds.not-pending when it was already paid or rejected. No money moves.")
    DisbursementView reject(@PathVariable long id, @Valid @RequestBody RejectionRequest r) {
        return disbursements.reject(id, r.reason());
    }

    private static LocalDate day(LocalDate d) {
        return d == null ? LocalDate.now() : d;
    }
}
