package vn.doanket.audit.web;

import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.web.NavigationItem;

@Controller
class AuditPageController {

    static final int PAGE = 100;

    private final AuditBrowser browser;

    AuditPageController(AuditBrowser browser) {
        this.browser = browser;
    }

    @GetMapping("/audit")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    String audit(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        AuditBrowser.Result result = browser.find(unit, actor, from, to, PAGE, Math.max(0, page) * PAGE);
        model.addAttribute("scope", result.scope());
        model.addAttribute("entries", result.entries());
        model.addAttribute("unit", unit);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("actor", actor);
        model.addAttribute("page", page);
        model.addAttribute("hasNext", result.entries().size() == PAGE);
        return "audit/list";
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem auditNavigation() {
            return new NavigationItem("nav.audit", "/audit", 80);
        }
    }
}
