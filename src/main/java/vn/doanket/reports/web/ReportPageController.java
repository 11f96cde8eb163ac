package vn.doanket.reports.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.doanket.indicators.Period;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.access.Role;
import vn.doanket.platform.access.SignedIn;
import vn.doanket.platform.web.NavigationItem;
import vn.doanket.reports.EmptySections;
import vn.doanket.reports.Report;
import vn.doanket.reports.ReportGenerator;

/** The report preview: the report as a page, its texts written in place (autosaved), and the downloads. */
@Controller
class ReportPageController {

    private final ReportGenerator generator;

    ReportPageController(ReportGenerator generator) {
        this.generator = generator;
    }

    /** Chooses a unit and period; without them, the home unit and the current half-year are offered. */
    @GetMapping("/reports")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    String choose(
            @RequestParam(required = false) String unit, @RequestParam(required = false) String period, Model model) {
        if (unit != null && !unit.isBlank() && period != null && !period.isBlank()) {
            Period.parse(period.strip());
            return "redirect:"
                    + UriComponentsBuilder.fromPath("/reports/{unit}/{period}")
                            .buildAndExpand(unit.strip(), period.strip())
                            .toUriString();
        }
        LocalDate today = LocalDate.now(vn.doanket.platform.VietnamTime.ZONE);
        model.addAttribute("unit", SignedIn.require().homeUnitCode());
        model.addAttribute(
                "period",
                Period.half(today.getYear(), today.getMonthValue() <= 6 ? 1 : 2).id());
        return "reports/choose";
    }

    @GetMapping("/reports/{unit}/{period}")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    String preview(
            @PathVariable String unit,
            @PathVariable String period,
            @RequestParam(required = false) String empty,
            Model model) {
        EmptySections choice = EmptySections.of(empty);
        Report report = generator.generate(unit, period, choice);
        model.addAttribute("report", report);
        model.addAttribute("texts", generator.texts(unit, period));
        model.addAttribute("omit", choice == EmptySections.OMIT);
        model.addAttribute("query", choice == EmptySections.OMIT ? "?empty=omit" : "");
        model.addAttribute("canWrite", SignedIn.require().canEnterData());
        return "reports/preview";
    }

    /** Autosave of one text (htmx): answers with the time it was saved. */
    @PostMapping("/reports/{unit}/{period}/texts/{key}")
    @Access(
            value = Access.Level.SIGNED_IN,
            unit = "unit",
            roles = {Role.ADMIN, Role.LEADER, Role.OFFICER, Role.DATA_ENTRY})
    String saveText(
            @PathVariable String unit,
            @PathVariable String period,
            @PathVariable String key,
            @RequestParam(defaultValue = "") String text,
            Model model) {
        generator.saveText(unit, period, key, text);
        model.addAttribute(
                "time",
                LocalTime.now(vn.doanket.platform.VietnamTime.ZONE).format(DateTimeFormatter.ofPattern("HH:mm:ss")));
        return "reports/fragments :: saved";
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem reportsNavigation() {
            return new NavigationItem("report.nav", "/reports", 60);
        }
    }
}
