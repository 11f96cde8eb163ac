package vn.doanket.funds.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.funds.PublicFundView;
import vn.doanket.funds.PublicLedger;
import vn.doanket.funds.TransactionPage;
import vn.doanket.funds.TransactionQuery;
import vn.doanket.platform.access.Access;

@RestController
@Tag(name = "Sao kê công khai (public)", description = "Anyone may search a fund's statement lines, without login")
class PublicTransactionsApiController {

    private final PublicLedger ledger;

    PublicTransactionsApiController(PublicLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/public/api/v1/funds/{fundId}")
    @Access(Access.Level.PUBLIC)
    @Operation(summary = "A fund's totals: received, spent, balance, and its appeal")
    PublicFundView fund(@PathVariable long fundId) {
        return ledger.fund(fundId);
    }

    @GetMapping("/public/api/v1/funds/{fundId}/transactions")
    @Access(Access.Level.PUBLIC)
    @Operation(
            summary = "Search a fund's statement lines",
            description =
                    "q: words matched in name, message and reference ignoring diacritics and case; \"500.000\" is an "
                            + "amount, \"10/09/2024\" a date. Pages of 50. Account numbers are masked; anonymous gifts show as such. Gifts entered by hand are"
                            + " included (source GIFT, the receipt number as reference); reversed lines say so.")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = TransactionPage.class)))
    ResponseEntity<byte[]> transactions(
            @PathVariable long fundId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long min,
            @RequestParam(required = false) Long max,
            @RequestParam(defaultValue = "0") int page) {
        // the JSON is written by the portal itself, straight from the in-memory index (see PublicRows)
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(ledger.searchJson(fundId, new TransactionQuery(q, from, to, min, max, page)));
    }

    @GetMapping("/public/api/v1/funds/{fundId}/transactions.csv")
    @Access(Access.Level.PUBLIC)
    @Operation(summary = "The same search as CSV (UTF-8), up to 200,000 lines")
    void transactionsCsv(
            @PathVariable long fundId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long min,
            @RequestParam(required = false) Long max,
            HttpServletResponse response)
            throws IOException {
        ledger.fund(fundId);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"sao-ke-quy-" + fundId + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        ledger.exportCsv(fundId, new TransactionQuery(q, from, to, min, max, 0), out);
    }
}
