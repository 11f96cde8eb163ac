package vn.doanket.funds.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doanket.funds.PublicLedger;
import vn.doanket.funds.TransactionQuery;
import vn.doanket.platform.access.Access;

/** The transparency portal: no login; every line of a fund's statements, searchable. */
@Controller
class PublicFundsPageController {

    private final PublicLedger ledger;

    PublicFundsPageController(PublicLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/public/funds")
    @Access(Access.Level.PUBLIC)
    String funds(@RequestParam(required = false) String unit, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("funds", unit == null || unit.isBlank() ? ledger.featured() : ledger.fundsOf(unit));
        return "funds/public-list";
    }

    @GetMapping("/public/funds/{fundId}")
    @Access(Access.Level.PUBLIC)
    String fund(
            @PathVariable long fundId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long min,
            @RequestParam(required = false) Long max,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        TransactionQuery query = new TransactionQuery(q, from, to, min, max, page);
        model.addAttribute("fund", ledger.fund(fundId));
        model.addAttribute("query", query);
        model.addAttribute("result", ledger.search(fundId, query));
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        return htmx ? "funds/public-fund :: results" : "funds/public-fund";
    }
}
