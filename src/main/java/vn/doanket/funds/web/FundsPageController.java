package vn.doanket.funds.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doanket.funds.Disbursements;
import vn.doanket.funds.Donors;
import vn.doanket.funds.FundLedger;
import vn.doanket.funds.ImportReport;
import vn.doanket.funds.StatementImports;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.access.SignedIn;
import vn.doanket.platform.web.NavigationItem;

/** The fund officer's pages: a committee's funds, and one fund with its ledger, imports and queue. */
@Controller
class FundsPageController {

    private final FundLedger ledger;
    private final StatementImports imports;
    private final Donors donors;
    private final Disbursements disbursements;

    FundsPageController(FundLedger ledger, StatementImports imports, Donors donors, Disbursements disbursements) {
        this.ledger = ledger;
        this.imports = imports;
        this.donors = donors;
        this.disbursements = disbursements;
    }

    @GetMapping("/funds")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    String funds(@RequestParam(required = false) String unit, Model model) {
        String code = unit == null || unit.isBlank() ? SignedIn.require().homeUnitCode() : unit.strip();
        model.addAttribute("unit", code);
        model.addAttribute("funds", ledger.fundsOf(code));
        return "funds/list";
    }

    @GetMapping("/funds/{fundId}")
    @Access(Access.Level.SIGNED_IN)
    String fund(@PathVariable long fundId, Model model) {
        model.addAttribute("fund", ledger.fund(fundId));
        model.addAttribute("accounts", ledger.accounts(fundId));
        model.addAttribute("movements", ledger.movements(fundId, 30, 0));
        model.addAttribute("queue", donors.queue(fundId, 30, 0));
        model.addAttribute("queueSize", donors.queueSize(fundId));
        model.addAttribute("reconciliation", imports.reconcile(fundId));
        model.addAttribute("disbursements", disbursements.ofFund(fundId));
        model.addAttribute("banks", imports.banks());
        return "funds/fund";
    }

    @PostMapping("/funds/{fundId}/statements")
    @Access(Access.Level.SIGNED_IN)
    String importStatement(
            @PathVariable long fundId,
            @RequestParam String bank,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes flash) {
        try {
            ImportReport report = imports.importStatement(fundId, bank, file.getOriginalFilename(), file.getBytes());
            flash.addFlashAttribute("report", report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/funds/" + fundId;
    }

    /** The payment request form; fields are kept on the page when the request is refused. */
    record PaymentForm(
            @jakarta.validation.constraints.NotNull Long accountId,
            @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Positive Long amount,
            @jakarta.validation.constraints.NotBlank String payee,
            @jakarta.validation.constraints.NotBlank String purpose) {}

    @PostMapping("/funds/{fundId}/disbursements")
    @Access(Access.Level.SIGNED_IN)
    String requestPayment(
            @PathVariable long fundId,
            @jakarta.validation.Valid PaymentForm form,
            org.springframework.validation.BindingResult errors,
            RedirectAttributes flash) {
        if (errors.hasErrors()) {
            throw vn.doanket.funds.FundsException.invalid("error.funds.payment.form-incomplete");
        }
        disbursements.request(new vn.doanket.funds.Commands.RequestDisbursement(
                fundId, form.accountId(), form.amount(), form.payee(), form.purpose(), null));
        return "redirect:/funds/" + fundId;
    }

    @PostMapping("/funds/{fundId}/disbursements/{id}/approve")
    @Access(Access.Level.SIGNED_IN)
    String approve(@PathVariable long fundId, @PathVariable long id) {
        disbursements.approve(id);
        return "redirect:/funds/" + fundId;
    }

    /** Rejecting needs a reason; with htmx a missing one shows a message and the typed text stays. */
    @PostMapping("/funds/{fundId}/disbursements/{id}/reject")
    @Access(Access.Level.SIGNED_IN)
    String reject(
            @PathVariable long fundId,
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response,
            Model model) {
        disbursements.reject(id, reason);
        return DonationsPageController.redirect(request, response, model, "/funds/" + fundId);
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem fundsNavigation() {
            return new NavigationItem("nav.funds", "/funds", 40);
        }
    }
}
