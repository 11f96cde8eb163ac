package vn.doanket.funds.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doanket.funds.Appeals;
import vn.doanket.funds.Commands;
import vn.doanket.funds.FundLedger;
import vn.doanket.funds.FundView;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.access.SignedIn;

/** Appeals: the officer's list and progress pages, and the same progress on the public portal. */
@Controller
class AppealsPageController {

    private final Appeals appeals;
    private final FundLedger ledger;

    AppealsPageController(Appeals appeals, FundLedger ledger) {
        this.appeals = appeals;
        this.ledger = ledger;
    }

    @GetMapping("/funds/appeals")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    String appeals(@RequestParam(required = false) String unit, Model model) {
        String code = unit == null || unit.isBlank() ? SignedIn.require().homeUnitCode() : unit.strip();
        model.addAttribute("unit", code);
        model.addAttribute("appeals", appeals.open(code));
        model.addAttribute("today", LocalDate.now());
        return "funds/appeals";
    }

    @PostMapping("/funds/appeals")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    String open(
            @RequestParam String unit,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(required = false) String target,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Long amount = target == null || target.isBlank() ? null : DonationsPageController.amount(target);
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw vn.doanket.funds.FundsException.invalid("error.funds.appeal.ends-before-start");
        }
        long id = ledger.openAppeal(new Commands.OpenAppeal(unit, name, startsOn, endsOn, amount));
        return DonationsPageController.redirect(request, response, model, "/funds/appeals/" + id);
    }

    @GetMapping("/funds/appeals/{appealId}")
    @Access(Access.Level.SIGNED_IN)
    String appeal(@PathVariable long appealId, Model model) {
        model.addAttribute("progress", appeals.progress(appealId));
        model.addAttribute("publicView", false);
        model.addAttribute("home", SignedIn.require().homeUnitCode());
        return "funds/appeal";
    }

    @PostMapping("/funds/appeals/{appealId}/funds")
    @Access(Access.Level.SIGNED_IN)
    String takePart(
            @PathVariable long appealId,
            @RequestParam String unit,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String bank,
            @RequestParam(required = false) String bankAccountNumber,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        boolean withBank = bank != null && !bank.isBlank();
        if (withBank && (bankAccountNumber == null || bankAccountNumber.isBlank())) {
            throw vn.doanket.funds.FundsException.invalid("error.funds.appeal.account-number-required");
        }
        FundView fund =
                appeals.takePart(appealId, unit, name, withBank ? bank : null, withBank ? bankAccountNumber : null);
        return DonationsPageController.redirect(request, response, model, "/funds/" + fund.id());
    }

    @GetMapping("/public/appeals/{appealId}")
    @Access(Access.Level.PUBLIC)
    String publicAppeal(@PathVariable long appealId, Model model) {
        model.addAttribute("progress", appeals.progress(appealId));
        model.addAttribute("publicView", true);
        return "funds/appeal";
    }
}
