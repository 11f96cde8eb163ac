package vn.doanket.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.audit.AuditEntry;

@RestController
@Tag(name = "Nhật ký (audit)", description = "Who changed what, when, in which unit")
class AuditApiController {

    private final AuditBrowser browser;

    AuditApiController(AuditBrowser browser) {
        this.browser = browser;
    }

    @GetMapping("/api/v1/audit")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    @Operation(
            summary =
                    "Audit entries of a unit's subtree (default: the caller's home unit), newest first; 403 outside the caller's subtree")
    List<AuditEntry> audit(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        return browser.find(unit, actor, from, to, limit, offset).entries();
    }
}
