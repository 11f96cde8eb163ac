package vn.doanket.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.platform.access.Access;
import vn.doanket.reports.EmptySections;
import vn.doanket.reports.ReportGenerator;
import vn.doanket.reports.ReportGenerator.Format;

/**
 * The report files. Errors come back as problem documents: 404 for an unknown unit, 400 for a
 * malformed period, 403 for a unit outside the caller's subtree.
 */
@RestController
class ReportDownloadController {

    private final ReportGenerator generator;

    ReportDownloadController(ReportGenerator generator) {
        this.generator = generator;
    }

    @GetMapping("/api/v1/reports/{unit}/{period}.docx")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    @Operation(summary = "Báo cáo kết quả công tác Mặt trận (.docx, thể thức Nghị định 30/2020)")
    ResponseEntity<byte[]> docx(
            @PathVariable String unit,
            @Parameter(description = "2025, 2025S1, 2025Q3, 2025N9, 202507") @PathVariable String period,
            @Parameter(description = "omit: bỏ các mục không có số liệu") @RequestParam(required = false)
                    String empty) {
        return file(generator.render(unit, period, EmptySections.of(empty), Format.DOCX));
    }

    @GetMapping("/api/v1/reports/{unit}/{period}.xlsx")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    @Operation(summary = "Phụ lục số liệu của báo cáo (.xlsx)")
    ResponseEntity<byte[]> xlsx(
            @PathVariable String unit, @PathVariable String period, @RequestParam(required = false) String empty) {
        return file(generator.render(unit, period, EmptySections.of(empty), Format.XLSX));
    }

    @GetMapping("/api/v1/reports/{unit}/{period}.pdf")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    @Operation(summary = "Báo cáo kết quả công tác Mặt trận (.pdf, phông chữ nhúng)")
    ResponseEntity<byte[]> pdf(
            @PathVariable String unit, @PathVariable String period, @RequestParam(required = false) String empty) {
        return file(generator.render(unit, period, EmptySections.of(empty), Format.PDF));
    }

    static ResponseEntity<byte[]> file(ReportGenerator.Rendered r) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(r.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(r.fileName())
                                .build()
                                .toString())
                .body(r.bytes());
    }
}
