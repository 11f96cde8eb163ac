package vn.doanket.funds.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doanket.funds.DonorDirectory;
import vn.doanket.funds.DonorDisplay;
import vn.doanket.funds.Donors;
import vn.doanket.funds.FundLedger;
import vn.doanket.platform.access.Access;

/** A fund's donors (search without diacritics, one donor's gifts) and the queue of unmatched lines. */
@Controller
class DonorPagesController {

    static final int QUEUE_PAGE = 50;

    private final FundLedger ledger;
    private final DonorDirectory directory;
    private final Donors donors;

    DonorPagesController(FundLedger ledger, DonorDirectory directory, Donors donors) {
        this.ledger = ledger;
        this.directory = directory;
        this.donors = donors;
    }

    @GetMapping("/funds/{fundId}/donors")
    @Access(Access.Level.SIGNED_IN)
    String donors(
            @PathVariable long fundId,
            @RequestParam(required = false) String q,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("fund", ledger.fund(fundId));
        model.addAttribute("q", q);
        model.addAttribute("donors", directory.search(fundId, q));
        return DonationsPageController.htmx(request) ? "funds/donors :: results" : "funds/donors";
    }

    @GetMapping("/funds/{fundId}/donors/{donorId}")
    @Access(Access.Level.SIGNED_IN)
    String donor(@PathVariable long fundId, @PathVariable long donorId, Model model) {
        model.addAttribute("fund", ledger.fund(fundId));
        model.addAttribute("donor", directory.donor(donorId));
        model.addAttribute("gifts", directory.gifts(fundId, donorId));
        model.addAttribute("lines", directory.lines(fundId, donorId));
        return "funds/donor";
    }

    @GetMapping("/funds/{fundId}/queue")
    @Access(Access.Level.SIGNED_IN)
    String queue(@PathVariable long fundId, @RequestParam(defaultValue = "0") int page, Model model) {
        int p = Math.max(page, 0);
        model.addAttribute("fund", ledger.fund(fundId));
        model.addAttribute("lines", donors.queue(fundId, QUEUE_PAGE, p * QUEUE_PAGE));
        model.addAttribute("size", donors.queueSize(fundId));
        model.addAttribute("page", p);
        model.addAttribute("pageSize", QUEUE_PAGE);
        model.addAttribute("displays", DonorDisplay.values());
        model.addAttribute("marks", Donors.Mark.values());
        return "funds/queue";
    }

    @PostMapping("/funds/{fundId}/queue/{lineId}/donor")
    @Access(Access.Level.SIGNED_IN)
    String match(
            @PathVariable long fundId,
            @PathVariable long lineId,
            @RequestParam(required = false) String donorName,
            @RequestParam(defaultValue = "false") boolean organisation,
            @RequestParam(required = false) DonorDisplay display,
            HttpServletRequest request,
            Model model) {
        donors.assignByName(fundId, lineId, donorName, organisation, display);
        return handled(fundId, lineId, request, model);
    }

    @PostMapping("/funds/{fundId}/queue/{lineId}/mark")
    @Access(Access.Level.SIGNED_IN)
    String mark(
            @PathVariable long fundId,
            @PathVariable long lineId,
            @RequestParam(required = false) Donors.Mark reason,
            @RequestParam(required = false) String note,
            HttpServletRequest request,
            Model model) {
        donors.mark(fundId, lineId, reason, note);
        return handled(fundId, lineId, request, model);
    }

    /** htmx replaces the line's row with a note that it was handled; a plain form goes back to the queue. */
    private String handled(long fundId, long lineId, HttpServletRequest request, Model model) {
        if (!DonationsPageController.htmx(request)) {
            return "redirect:/funds/" + fundId + "/queue";
        }
        model.addAttribute("lineId", Long.toString(lineId)); // an id, not a quantity: no "60.007"
        return "funds/queue :: handled";
    }
}
