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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;
import vn.doanket.platform.DomainException;
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
        UnaryOperator<String> names = names();
        List<Row> rows = new ArrayList<>(result.entries().size());
        for (AuditEntry e : result.entries()) {
            rows.add(new Row(e, compare(e, names)));
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

    /**
     * One entry's fields before and after: what an entry's details on the list load when opened (htmx), or
     * a page of its own for a link. Only an entry of the unit's subtree, as the list shows them.
     */
    @GetMapping("/audit/entries/{id}")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    String entry(
            @PathVariable long id,
            @RequestParam(required = false) String unit,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        AuditEntry e = browser.entry(id, unit)
                .orElseThrow(() -> new DomainException(
                        "audit.not-found",
                        404,
                        // the id as text: MessageFormat would group its digits (entry 1.428)
                        messages.getMessage(
                                "audit.not-found", new Object[] {Long.toString(id)}, LocaleContextHolder.getLocale())));
        model.addAttribute("e", e);
        model.addAttribute("c", compare(e, names()));
        model.addAttribute("unit", unit);
        return "true".equals(htmx) ? "audit/list :: changes" : "audit/entry";
    }

    private AuditComparison.Result compare(AuditEntry e, UnaryOperator<String> names) {
        return e.before() == null && e.after() == null
                ? null
                : AuditComparison.compare(json, e.before(), e.after(), names);
    }

    /** A field's name for the reader where the messages have one (audit.field.<key>), else the key itself. */
    private UnaryOperator<String> names() {
        Locale locale = LocaleContextHolder.getLocale();
        return key -> messages.getMessage("audit.field." + key, null, key, locale);
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem auditNavigation() {
            return new NavigationItem("nav.audit", "/audit", 80);
        }
    }
}
