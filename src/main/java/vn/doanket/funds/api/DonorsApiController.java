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

    DonorsApiController(Donors donors) {
        this.donors = donors;
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
