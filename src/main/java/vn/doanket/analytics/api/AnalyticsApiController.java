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
import vn.doanket.analytics.FigureTrace;
import vn.doanket.indicators.Period;
import vn.doanket.platform.access.Access;

@RestController
class AnalyticsApiController {

    /** The contract of issue 3: one row per unit and period. */
    record Row(String unit, String period, BigDecimal value, BigDecimal target, BigDecimal achievement) {}

    /** The entries behind a figure, with the figure by breakdown option. */
    record EntriesResponse(
            String indicator,
            String unit,
            String period,
            LocalDate tree,
            BigDecimal value,
            int count,
            boolean truncated,
            List<FigureTrace.OptionFigure> byOption,
            List<FigureTrace.Entry> entries) {}

    private final Analytics analytics;
    private final FigureTrace trace;

    AnalyticsApiController(Analytics analytics, FigureTrace trace) {
        this.analytics = analytics;
        this.trace = trace;
    }

    @GetMapping("/api/v1/analytics/entries")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    @Operation(
            summary = "Các số liệu đã nhập tạo nên giá trị chỉ tiêu của đơn vị (cả cây đơn vị dưới nó) trong kỳ:"
                    + " đơn vị, kỳ, giá trị, người nhập, thời điểm, ghi chú/nguồn; gồm cả số liệu của đơn vị trước"
                    + " sắp xếp qua bảng kế thừa, và giá trị theo từng phân tổ (nguồn kinh phí, tổ chức thành viên)")
    EntriesResponse entries(
            @RequestParam String indicator,
            @RequestParam String unit,
            @Parameter(description = "one period id: 2024, 2025S1, 2024Q3") @RequestParam String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Period p = Period.parse(period.strip());
        FigureTrace.Entries e = trace.entries(indicator, unit, p, asOf);
        return new EntriesResponse(
                e.indicator(),
                e.unitCode(),
                e.periodId(),
                e.tree(),
                e.figure(),
                e.count(),
                e.truncated(),
                trace.byOption(e.indicator(), unit, p, asOf),
                e.entries());
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
            @Parameter(description = "children, or level:N with N from 1 (provinces) to 4 (residential areas)")
                    @RequestParam(required = false)
                    String by,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return analytics.query(AnalyticsQuery.parse(indicator, unit, period, by, asOf)).stream()
                .map(r -> new Row(r.unit(), r.period(), r.value(), r.target(), r.achievement()))
                .toList();
    }
}
