package vn.doanket.analytics.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doanket.analytics.Dashboard;
import vn.doanket.analytics.DashboardPanel;
import vn.doanket.analytics.Dashboards;
import vn.doanket.indicators.IndicatorCatalogue;
import vn.doanket.indicators.Period;
import vn.doanket.indicators.PeriodType;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.access.SignedIn;
import vn.doanket.platform.web.Downloads;
import vn.doanket.platform.web.NavigationItem;

@Controller
class DashboardController {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DashboardController.class);

    private final Dashboards dashboards;
    private final IndicatorCatalogue catalogue;
    private final DashboardWorkbook workbook;
    private final List<DashboardPanel> panels;

    DashboardController(
            Dashboards dashboards,
            IndicatorCatalogue catalogue,
            DashboardWorkbook workbook,
            ObjectProvider<DashboardPanel> panels) {
        this.dashboards = dashboards;
        this.catalogue = catalogue;
        this.workbook = workbook;
        this.panels = panels.orderedStream()
                .sorted(java.util.Comparator.comparingInt(DashboardPanel::order))
                .toList();
    }

    @GetMapping("/analytics")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    String dashboard(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        Dashboard d = build(unit, period, indicator, asOf);
        model.addAttribute("d", d);
        model.addAttribute("period", Period.parse(d.period()));
        model.addAttribute("asOf", asOf);
        model.addAttribute("panels", panels(d));
        model.addAttribute(
                "indicators",
                catalogue.all().stream()
                        .filter(i -> i.valueType() != vn.doanket.indicators.ValueType.TEXT)
                        .toList());
        return "analytics/dashboard";
    }

    @GetMapping("/analytics/export")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String indicator,
            @RequestParam(defaultValue = "children") String table,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Locale locale)
            throws IOException {
        Dashboard d = build(unit, period, indicator, asOf);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(d, DashboardWorkbook.Table.of(table), locale, out);
        String name = "chi-tieu-" + d.unit().code() + "-" + d.period() + "-" + table + ".xlsx";
        return Downloads.attachment(name, Downloads.XLSX, out.toByteArray());
    }

    /** Other modules' panels; one that fails is left out (and logged) rather than failing the dashboard. */
    private List<DashboardPanel.Panel> panels(Dashboard d) {
        LocalDate today = LocalDate.now(vn.doanket.platform.VietnamTime.ZONE);
        List<DashboardPanel.Panel> out = new java.util.ArrayList<>();
        for (DashboardPanel p : panels) {
            try {
                p.panel(d.unit(), today).ifPresent(out::add);
            } catch (RuntimeException e) {
                LOG.warn(
                        "Dashboard panel {} failed for unit {}",
                        p.getClass().getSimpleName(),
                        d.unit().code(),
                        e);
            }
        }
        return out;
    }

    private Dashboard build(String unit, String period, String indicator, LocalDate asOf) {
        String code = unit == null || unit.isBlank() ? SignedIn.require().homeUnitCode() : unit.strip();
        Period p = period == null || period.isBlank() ? defaultPeriod() : Period.parse(period);
        return dashboards.build(code, p, indicator == null || indicator.isBlank() ? null : indicator, asOf);
    }

    /** The last quarter that has ended. */
    static Period defaultPeriod() {
        return Period.containing(PeriodType.QUARTERLY, java.time.YearMonth.now())
                .orElseThrow()
                .previous();
    }

    static List<String> tables() {
        return List.of("keys", "trend", "children", "ranking");
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem analyticsNavigation() {
            return new NavigationItem("nav.analytics", "/analytics", 30);
        }
    }
}
