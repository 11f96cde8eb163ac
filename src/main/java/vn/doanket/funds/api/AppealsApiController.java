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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.funds.AppealProgress;
import vn.doanket.funds.AppealView;
import vn.doanket.funds.Appeals;
import vn.doanket.funds.Commands;
import vn.doanket.funds.FundLedger;
import vn.doanket.funds.FundView;
import vn.doanket.platform.access.Access;

@RestController
@Tag(
        name = "Cuộc vận động (appeals)",
        description = "Appeals with a period and target; what their funds raised, rolled up the hierarchy")
class AppealsApiController {

    private final Appeals appeals;
    private final FundLedger ledger;

    AppealsApiController(Appeals appeals, FundLedger ledger) {
        this.appeals = appeals;
        this.ledger = ledger;
    }

    record NewAppeal(
            @NotBlank String unit,
            @NotBlank @Size(max = 200) String name,
            @NotNull LocalDate startsOn,
            LocalDate endsOn,
            @Positive Long target) {}

    record TakePart(@NotBlank String unit, @Size(max = 200) String name, String bank, String bankAccountNumber) {}

    @GetMapping("/api/v1/funds/appeals")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    @Operation(summary = "Appeals a committee can take part in: its own and those of the units above it")
    List<AppealView> appeals(@RequestParam String unit) {
        return appeals.open(unit);
    }

    @PostMapping("/api/v1/funds/appeals")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "Open an appeal (cuộc vận động) with its period and target")
    AppealProgress open(@Valid @RequestBody NewAppeal a) {
        long id = ledger.openAppeal(new Commands.OpenAppeal(a.unit(), a.name(), a.startsOn(), a.endsOn(), a.target()));
        return appeals.progress(id);
    }

    @GetMapping("/api/v1/funds/appeals/{appealId}")
    @Access(Access.Level.SIGNED_IN)
    @Operation(
            summary = "What the appeal raised against its target, rolled up the hierarchy",
            description = "Sums every fund linked to the appeal in the appeal committee's subtree, split by the units"
                    + " directly below it.")
    AppealProgress progress(@PathVariable long appealId) {
        return appeals.progress(appealId);
    }

    @PostMapping("/api/v1/funds/appeals/{appealId}/funds")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "A committee (the appeal's or one below) takes part by opening its relief fund for the appeal")
    FundView takePart(@PathVariable long appealId, @Valid @RequestBody TakePart t) {
        return appeals.takePart(appealId, t.unit(), t.name(), t.bank(), t.bankAccountNumber());
    }

    @GetMapping("/public/api/v1/appeals/{appealId}")
    @Access(Access.Level.PUBLIC)
    @Operation(summary = "An appeal's progress for the public portal, without login")
    AppealProgress publicProgress(@PathVariable long appealId) {
        return appeals.progress(appealId);
    }
}
