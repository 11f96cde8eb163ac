package vn.doanket.funds.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.doanket.funds.FundBalance;
import vn.doanket.funds.FundKind;
import vn.doanket.funds.FundLedger;
import vn.doanket.funds.ImportReport;
import vn.doanket.funds.MovementView;
import vn.doanket.funds.StatementImports;
import vn.doanket.platform.access.Access;

@RestController
@Tag(name = "Quỹ (funds)", description = "Funds of the committees, their ledger and bank statement import")
class FundsApiController {

    private final FundLedger ledger;
    private final StatementImports imports;

    FundsApiController(FundLedger ledger, StatementImports imports) {
        this.ledger = ledger;
        this.imports = imports;
    }

    /** One fund in a list: the API contract. */
    record FundResponse(long id, String name, FundKind kind, String unit) {}

    @GetMapping("/api/v1/funds")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    @Operation(summary = "The funds of a committee (unit code); 403 outside the caller's subtree")
    List<FundResponse> funds(@RequestParam String unit) {
        return ledger.fundsOf(unit).stream()
                .map(f -> new FundResponse(f.id(), f.name(), f.kind(), f.unit()))
                .toList();
    }

    @PostMapping(value = "/api/v1/funds/{fundId}/statements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Access(Access.Level.SIGNED_IN)
    @Operation(
            summary = "Import a bank statement (CSV or .xlsx) into the fund; idempotent",
            description =
                    "bank = agribank | vietinbank. The file is CSV (UTF-8) or an Excel workbook (.xlsx) with the"
                            + " same columns; title rows above the header are skipped. Returns lines read, lines imported, duplicates skipped, totals, "
                            + "opening/closing balance from the running balance (null without one) and every break of the chain.")
    ImportReport importStatement(
            @PathVariable long fundId, @RequestParam String bank, @RequestParam("file") MultipartFile file) {
        try {
            return imports.importStatement(fundId, bank, file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/v1/funds/{fundId}/balance")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "Balance of the fund (and each bank/cash account) at the end of a day; default today")
    FundBalance balance(
            @PathVariable long fundId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return ledger.balanceOn(fundId, date);
    }

    @GetMapping("/api/v1/funds/{fundId}/movements")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "Movements touching the fund, newest first, with their entries and reversal links")
    List<MovementView> movements(
            @PathVariable long fundId,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        return ledger.movements(fundId, limit, offset);
    }
}
