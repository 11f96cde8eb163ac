package vn.doanket.funds.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doanket.funds.BatchView;
import vn.doanket.funds.Commands;
import vn.doanket.funds.DonationBatches;
import vn.doanket.funds.DonationView;
import vn.doanket.funds.Donations;
import vn.doanket.funds.DonorDisplay;
import vn.doanket.funds.FundLedger;
import vn.doanket.funds.FundsException;
import vn.doanket.platform.access.Access;

/**
 * Entering gifts: one by one, or into a batch that closes only when it matches its cover. Forms
 * post with htmx: on success the panel is redrawn with an empty form for the next gift; on an error
 * the message shows above and what was typed stays in the form.
 */
@Controller
class DonationsPageController {

    private final FundLedger ledger;
    private final Donations donations;
    private final DonationBatches batches;

    DonationsPageController(FundLedger ledger, Donations donations, DonationBatches batches) {
        this.ledger = ledger;
        this.donations = donations;
        this.batches = batches;
    }

    @GetMapping("/funds/{fundId}/donations")
    @Access(Access.Level.SIGNED_IN)
    String donations(@PathVariable long fundId, HttpServletRequest request, Model model) {
        model.addAttribute("fund", ledger.fund(fundId));
        model.addAttribute(
                "accounts",
                ledger.accounts(fundId).stream().filter(a -> a.kind().isAsset()).toList());
        model.addAttribute("batches", batches.ofFund(fundId));
        model.addAttribute("gifts", donations.ofFund(fundId));
        model.addAttribute("displays", DonorDisplay.values());
        model.addAttribute("today", LocalDate.now());
        return htmx(request) ? "funds/donations :: panel" : "funds/donations";
    }

    @PostMapping("/funds/{fundId}/donations")
    @Access(Access.Level.SIGNED_IN)
    String record(
            @PathVariable long fundId,
            @RequestParam(required = false) Long accountId,
            @RequestParam(required = false) String donorName,
            @RequestParam(defaultValue = "false") boolean organisation,
            @RequestParam(required = false) DonorDisplay display,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            @RequestParam(required = false) String purpose,
            HttpServletRequest request,
            Model model) {
        if (accountId == null) {
            throw FundsException.invalid("error.funds.gift.account-required");
        }
        donations.record(new Commands.RecordDonation(
                fundId, accountId, donorName, organisation, display, amount(amount), receivedOn, purpose));
        return htmx(request) ? donations(fundId, request, model) : "redirect:/funds/" + fundId + "/donations";
    }

    @PostMapping("/funds/{fundId}/batches")
    @Access(Access.Level.SIGNED_IN)
    String openBatch(
            @PathVariable long fundId,
            @RequestParam(required = false) Long accountId,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String expectedCount,
            @RequestParam(required = false) String expectedTotal,
            HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response,
            Model model) {
        if (accountId == null) {
            throw FundsException.invalid("error.funds.batch.account-required");
        }
        BatchView b = batches.open(
                new Commands.OpenBatch(fundId, accountId, name, (int) count(expectedCount), amount(expectedTotal)));
        return redirect(request, response, model, "/funds/batches/" + b.id());
    }

    @GetMapping("/funds/batches/{batchId}")
    @Access(Access.Level.SIGNED_IN)
    String batch(@PathVariable long batchId, HttpServletRequest request, Model model) {
        BatchView b = batches.batch(batchId);
        model.addAttribute("batch", b);
        model.addAttribute("fund", ledger.fund(b.fundId()));
        model.addAttribute("displays", DonorDisplay.values());
        model.addAttribute("today", LocalDate.now());
        return htmx(request) ? "funds/batch :: panel" : "funds/batch";
    }

    @PostMapping("/funds/batches/{batchId}/gifts")
    @Access(Access.Level.SIGNED_IN)
    String addToBatch(
            @PathVariable long batchId,
            @RequestParam(required = false) String donorName,
            @RequestParam(defaultValue = "false") boolean organisation,
            @RequestParam(required = false) DonorDisplay display,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            @RequestParam(required = false) String purpose,
            HttpServletRequest request,
            Model model) {
        batches.add(
                batchId,
                new Commands.BatchEntry(donorName, organisation, display, amount(amount), receivedOn, purpose));
        return htmx(request) ? batch(batchId, request, model) : "redirect:/funds/batches/" + batchId;
    }

    @PostMapping("/funds/batches/{batchId}/close")
    @Access(Access.Level.SIGNED_IN)
    String close(@PathVariable long batchId, HttpServletRequest request, Model model) {
        batches.close(batchId);
        return htmx(request) ? batch(batchId, request, model) : "redirect:/funds/batches/" + batchId;
    }

    @PostMapping("/funds/gifts/{donationId}/reversal")
    @Access(Access.Level.SIGNED_IN)
    String reverse(
            @PathVariable long donationId,
            @RequestParam(required = false) String reason,
            HttpServletRequest request,
            Model model) {
        DonationView d = donations.reverse(donationId, reason);
        if (d.batchId() != null) {
            return htmx(request) ? batch(d.batchId(), request, model) : "redirect:/funds/batches/" + d.batchId();
        }
        return htmx(request) ? donations(d.fundId(), request, model) : "redirect:/funds/" + d.fundId() + "/donations";
    }

    /** Amounts as people type them: "5000000", "5.000.000" or "5,000,000". */
    static long amount(String text) {
        String digits = text == null
                ? ""
                : text.strip().replace(".", "").replace(",", "").replace(" ", "");
        if (digits.endsWith("đ")) {
            digits = digits.substring(0, digits.length() - 1);
        }
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 15) {
            throw FundsException.invalid("error.funds.amount-invalid", text == null ? "" : text.strip());
        }
        return Long.parseLong(digits);
    }

    static long count(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || !t.chars().allMatch(Character::isDigit) || t.length() > 6) {
            throw FundsException.invalid("error.funds.count-invalid", t);
        }
        return Long.parseLong(t);
    }

    static boolean htmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /** After a POST that leads to another page: htmx is told to go there (HX-Redirect); a plain form is redirected. */
    static String redirect(
            HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, Model model, String to) {
        if (!htmx(request)) {
            return "redirect:" + to;
        }
        response.setHeader("HX-Redirect", request.getContextPath() + to);
        model.addAttribute("message", "OK");
        return "fragments/alert :: ok";
    }
}
