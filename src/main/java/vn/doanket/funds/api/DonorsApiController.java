package vn.doanket.funds.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.funds.DonorDisplay;
import vn.doanket.funds.DonorView;
import vn.doanket.funds.Donors;
import vn.doanket.funds.PublicTransaction;
import vn.doanket.platform.access.Access;

@RestController
@Tag(
        name = "Người ủng hộ (donors)",
        description = "Donors, how their gifts are shown, and the queue of unmatched lines")
class DonorsApiController {

    private final Donors donors;
    private final vn.doanket.funds.DonorDirectory directory;

    DonorsApiController(Donors donors, vn.doanket.funds.DonorDirectory directory) {
        this.donors = donors;
        this.directory = directory;
    }

    record NamedAssignment(@NotBlank @Size(max = 200) String donorName, Boolean organisation, DonorDisplay display) {}

    record LineMark(@NotNull Donors.Mark reason, @Size(max = 500) String note) {}

    @PostMapping("/api/v1/funds/{fundId}/queue/{lineId}/donor-by-name")
    @Access(Access.Level.SIGNED_IN)
    @Operation(
            summary = "Match a queued line to the donor of that name (registered if new; diacritics and case ignored)",
            description = "409 funds.line.not-queued when the line was matched or marked meanwhile.")
    DonorView assignByName(
            @PathVariable long fundId, @PathVariable long lineId, @Valid @RequestBody NamedAssignment a) {
        return donors.assignByName(fundId, lineId, a.donorName(), Boolean.TRUE.equals(a.organisation()), a.display());
    }

    @PostMapping("/api/v1/funds/{fundId}/queue/{lineId}/mark")
    @Access(Access.Level.SIGNED_IN)
    @Operation(
            summary = "Take a line out of the donor queue with a reason (NOT_A_GIFT, UNKNOWN_DONOR, OTHER + note)",
            description = "Audited; the line's money is untouched.")
    void mark(@PathVariable long fundId, @PathVariable long lineId, @Valid @RequestBody LineMark m) {
        donors.mark(fundId, lineId, m.reason(), m.note());
    }

    @GetMapping("/api/v1/funds/{fundId}/donors")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "Donors with gifts or matched lines in the fund, by name without diacritics; largest first")
    List<vn.doanket.funds.DonorSummary> search(@PathVariable long fundId, @RequestParam(required = false) String q) {
        return directory.search(fundId, q);
    }

    @GetMapping("/api/v1/funds/{fundId}/donors/{donorId}/gifts")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "A donor's gifts entered in the fund, newest first (cancelled ones carry reversedById)")
    List<vn.doanket.funds.DonationView> gifts(@PathVariable long fundId, @PathVariable long donorId) {
        return directory.gifts(fundId, donorId);
    }

    record NewDonor(@NotBlank @Size(max = 200) String name, Boolean organisation, DonorDisplay display) {}

    record Display(@NotNull DonorDisplay display) {}

    record Assignment(@NotNull Long donorId) {}

    @PostMapping("/api/v1/funds/donors")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "Register a donor (or get the one with the same name, diacritics and case ignored)")
    DonorView register(@Valid @RequestBody NewDonor d) {
        return donors.register(
                d.name(),
                Boolean.TRUE.equals(d.organisation()),
                d.display() == null ? DonorDisplay.NAMED : d.display());
    }

    @PutMapping("/api/v1/funds/donors/{donorId}/display")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "Show a donor's gifts by name, masked or anonymously on the public portal")
    DonorView display(@PathVariable long donorId, @Valid @RequestBody Display d) {
        return donors.setDisplay(donorId, d.display());
    }

    @GetMapping("/api/v1/funds/{fundId}/queue")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "Credit lines of the fund's statements that no donor matched yet, oldest first")
    List<PublicTransaction> queue(
            @PathVariable long fundId,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        return donors.queue(fundId, Math.min(Math.max(limit, 1), 500), Math.max(offset, 0));
    }

    @PostMapping("/api/v1/funds/{fundId}/queue/{lineId}/donor")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "Match a queued statement line to a donor")
    void assign(@PathVariable long fundId, @PathVariable long lineId, @Valid @RequestBody Assignment a) {
        donors.assign(fundId, lineId, a.donorId());
    }
}
