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
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.funds.BatchView;
import vn.doanket.funds.Commands;
import vn.doanket.funds.DonationBatches;
import vn.doanket.funds.DonationView;
import vn.doanket.funds.Donations;
import vn.doanket.funds.DonorDisplay;
import vn.doanket.funds.Receipts;
import vn.doanket.platform.access.Access;

@RestController
@Tag(
        name = "Ủng hộ và lô ủng hộ (donations)",
        description = "Gifts from named donors, batches that close only when count and total match, receipts")
class DonationsApiController {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Donations donations;
    private final DonationBatches batches;
    private final Receipts receipts;

    DonationsApiController(Donations donations, DonationBatches batches, Receipts receipts) {
        this.donations = donations;
        this.batches = batches;
        this.receipts = receipts;
    }

    record GiftRequest(
            @NotNull Long accountId,
            @NotBlank @Size(max = 200) String donorName,
            Boolean organisation,
            DonorDisplay display,
            @NotNull @Positive Long amount,
            LocalDate receivedOn,
            @Size(max = 500) String purpose) {}

    record BatchRequest(
            @NotNull Long accountId,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Positive Integer expectedCount,
            @NotNull @Positive Long expectedTotal) {}

    record BatchEntryRequest(
            @NotBlank @Size(max = 200) String donorName,
            Boolean organisation,
            DonorDisplay display,
            @NotNull @Positive Long amount,
            LocalDate receivedOn,
            @Size(max = 500) String purpose) {}

    record ReversalRequest(@NotBlank @Size(max = 300) String reason) {}

    @PostMapping("/api/v1/funds/{fundId}/gifts")
    @Access(Access.Level.SIGNED_IN)
    @Operation(
            summary = "Record a gift from a named donor (matched by name, diacritics and case ignored)",
            description = "display = NAMED | MASKED | ANONYMOUS (how the public portal shows it; default NAMED).")
    DonationView gift(@PathVariable long fundId, @Valid @RequestBody GiftRequest r) {
        return donations.record(new Commands.RecordDonation(
                fundId,
                r.accountId(),
                r.donorName(),
                Boolean.TRUE.equals(r.organisation()),
                r.display(),
                r.amount(),
                r.receivedOn(),
                r.purpose()));
    }

    @GetMapping("/api/v1/funds/{fundId}/gifts")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "The fund's gifts entered one by one outside batches, newest first")
    List<DonationView> gifts(@PathVariable long fundId) {
        return donations.ofFund(fundId);
    }

    @GetMapping("/api/v1/funds/gifts/{donationId}")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "One gift, with the reversal that cancelled it if any")
    DonationView gift(@PathVariable long donationId) {
        return donations.donation(donationId);
    }

    @PostMapping("/api/v1/funds/gifts/{donationId}/reversal")
    @Access(Access.Level.SIGNED_IN)
    @Operation(
            summary = "Cancel a gift by reversing its ledger movement (the gift stays, marked cancelled)",
            description = "409 funds.already-reversed when it was cancelled before.")
    DonationView reverse(@PathVariable long donationId, @Valid @RequestBody ReversalRequest r) {
        return donations.reverse(donationId, r.reason());
    }

    @GetMapping(value = "/api/v1/funds/gifts/{donationId}/receipt.docx", produces = DOCX)
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "The gift's receipt (giấy biên nhận) as .docx")
    ResponseEntity<byte[]> receiptDocx(@PathVariable long donationId) {
        return file(receipts.docx(donationId), "bien-nhan-" + donationId + ".docx", MediaType.parseMediaType(DOCX));
    }

    @GetMapping(value = "/api/v1/funds/gifts/{donationId}/receipt.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "The gift's receipt (giấy biên nhận) as PDF with embedded Vietnamese fonts")
    ResponseEntity<byte[]> receiptPdf(@PathVariable long donationId) {
        return file(receipts.pdf(donationId), "bien-nhan-" + donationId + ".pdf", MediaType.APPLICATION_PDF);
    }

    @PostMapping("/api/v1/funds/{fundId}/batches")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "Open a batch of donations with the count and total written on its cover")
    BatchView openBatch(@PathVariable long fundId, @Valid @RequestBody BatchRequest r) {
        return batches.open(
                new Commands.OpenBatch(fundId, r.accountId(), r.name(), r.expectedCount(), r.expectedTotal()));
    }

    @GetMapping("/api/v1/funds/{fundId}/batches")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "The fund's batches, newest first, with what was entered against their cover")
    List<BatchView> batches(@PathVariable long fundId) {
        return batches.ofFund(fundId);
    }

    @GetMapping("/api/v1/funds/batches/{batchId}")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "One batch with its gifts")
    BatchView batch(@PathVariable long batchId) {
        return batches.batch(batchId);
    }

    @PostMapping("/api/v1/funds/batches/{batchId}/gifts")
    @Access(Access.Level.SIGNED_IN)
    @Operation(
            summary = "Enter one gift into an open batch",
            description = "409 funds.batch.closed once the batch is closed.")
    DonationView addToBatch(@PathVariable long batchId, @Valid @RequestBody BatchEntryRequest r) {
        return batches.add(
                batchId,
                new Commands.BatchEntry(
                        r.donorName(),
                        Boolean.TRUE.equals(r.organisation()),
                        r.display(),
                        r.amount(),
                        r.receivedOn(),
                        r.purpose()));
    }

    @PostMapping("/api/v1/funds/batches/{batchId}/close")
    @Access(Access.Level.SIGNED_IN)
    @Operation(
            summary = "Close the batch; only when count and total match its cover exactly",
            description = "409 funds.batch.mismatch with the difference in the detail otherwise. A closed batch never"
                    + " changes; its gifts are corrected by reversal.")
    BatchView close(@PathVariable long batchId) {
        return batches.close(batchId);
    }

    static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
