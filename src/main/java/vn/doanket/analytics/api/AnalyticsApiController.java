package vn.doanket.analytics.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.analytics.Analytics;
import vn.doanket.analytics.AnalyticsQuery;
import vn.doanket.platform.access.Access;

@RestController
class AnalyticsApiController {

    /** The contract of issue 3: one row per unit and period. */
    record Row(String unit, String period, BigDecimal value, BigDecimal target, BigDecimal achievement) {}

    private final Analytics analytics;

    AnalyticsApiController(Analytics analytics) {
        this.analytics = analytics;
    }

    @GetMapping("/api/v1/analytics")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    @Operation(
            summary =
                    "Giá trị chỉ tiêu của đơn vị, các đơn vị trực thuộc hoặc một cấp, theo cây đơn vị có hiệu lực vào ngày asOf")
    List<Row> analytics(
            @RequestParam String indicator,
            @RequestParam String unit,
            @Parameter(description = "2024, 2024Q3, 2024Q1,2024Q2 or 2024Q1..2025Q4") @RequestParam String period,
            @Parameter(description = "children or level:N") @RequestParam(required = false) String by,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return analytics.query(AnalyticsQuery.parse(indicator, unit, period, by, asOf)).stream()
                .map(r -> new Row(r.unit(), r.period(), r.value(), r.target(), r.achievement()))
                .toList();
    }
}
