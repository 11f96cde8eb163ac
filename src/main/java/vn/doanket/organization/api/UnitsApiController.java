package vn.doanket.organization.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.SignedIn;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Đơn vị (units)", description = "The Front's hierarchy, current and historic")
class UnitsApiController {

    private final OrgUnits units;

    UnitsApiController(OrgUnits units) {
        this.units = units;
    }

    @GetMapping("/{code}")
    @Access(value = Access.Level.SIGNED_IN, unit = "code")
    @Operation(summary = "One unit by official code (the one in force on the date, default today); 404 if unknown")
    UnitResponse unit(
            @PathVariable String code,
            @Parameter(description = "yyyy-MM-dd")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date) {
        return UnitResponse.of(units.get(code, orToday(date)));
    }

    @GetMapping("/{code}/children")
    @Access(value = Access.Level.SIGNED_IN, unit = "code")
    @Operation(summary = "The units directly below a unit in the tree in force on the date (default today)")
    List<UnitResponse> children(
            @PathVariable String code,
            @Parameter(description = "yyyy-MM-dd, e.g. 2024-12-31 for the tree before the 2025 reform")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date) {
        LocalDate d = orToday(date);
        return units.children(units.get(code, d), d).stream()
                .map(UnitResponse::of)
                .toList();
    }

    @GetMapping
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "Search units in the caller's subtree by name or code, ignoring diacritics and case")
    List<UnitResponse> search(@RequestParam String q, @RequestParam(defaultValue = "20") int limit) {
        CurrentAccount me = SignedIn.require();
        Unit home = units.findById(me.homeUnitId()).orElseThrow();
        return units.search(q, home, Math.max(1, Math.min(limit, 200))).stream()
                .map(UnitResponse::of)
                .toList();
    }

    private static LocalDate orToday(LocalDate date) {
        return date == null ? LocalDate.now() : date;
    }
}
