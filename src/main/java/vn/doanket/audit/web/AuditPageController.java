package vn.doanket.audit.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.audit.AuditEntry;
import vn.doanket.platform.web.NavigationItem;

@Controller
class AuditPageController {

    static final int PAGE = 100;

    /** An entry of the page with its fields before and after, compared. */
    record Row(AuditEntry entry, AuditComparison.Result comparison) {}

    private final AuditBrowser browser;
    private final ObjectMapper json;
    private final MessageSource messages;

    AuditPageController(AuditBrowser browser, ObjectMapper json, MessageSource messages) {
        this.browser = browser;
        this.json = json;
        this.messages = messages;
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
        Locale locale = LocaleContextHolder.getLocale();
        // a field's name for the reader where the messages have one (audit.field.<key>), else the key itself
        UnaryOperator<String> names = key -> messages.getMessage("audit.field." + key, null, key, locale);
        List<Row> rows = new ArrayList<>(result.entries().size());
        for (AuditEntry e : result.entries()) {
            rows.add(new Row(
                    e,
                    e.before() == null && e.after() == null
                            ? null
                            : AuditComparison.compare(json, e.before(), e.after(), names)));
        }
        model.addAttribute("entries", rows);
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
