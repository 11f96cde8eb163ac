package vn.doanket.indicators.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doanket.indicators.Completeness;
import vn.doanket.indicators.Submission;
import vn.doanket.indicators.SubmissionStatus;
import vn.doanket.indicators.Submissions;
import vn.doanket.indicators.UnitCompleteness;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.access.Role;
import vn.doanket.platform.web.Downloads;

/**
 * Submission of a unit's form, approval or return by the unit above, and who below a unit has
 * reported (completeness, timeliness and the reminder list of missing units).
 */
@Controller
class ApprovalController {

    private final Selections selections;
    private final Submissions submissions;
    private final MessageSource messages;
    private final CompletenessWorkbook workbook;
    private final OrgUnits units;

    ApprovalController(
            Selections selections,
            Submissions submissions,
            MessageSource messages,
            CompletenessWorkbook workbook,
            OrgUnits units) {
        this.selections = selections;
        this.submissions = submissions;
        this.messages = messages;
        this.workbook = workbook;
        this.units = units;
    }

    @PostMapping("/data/{unit}/submit")
    @Access(
            value = Access.Level.SIGNED_IN,
            unit = "unit",
            roles = {Role.ADMIN, Role.LEADER, Role.OFFICER})
    String submit(
            @PathVariable String unit,
            @RequestParam String form,
            @RequestParam String period,
            Locale locale,
            RedirectAttributes redirect) {
        Submission s = submissions.submit(form, unit, period);
        redirect.addFlashAttribute(
                "done",
                messages.getMessage(
                        "dataentry.submitted",
                        new Object[] {s.formCode(), EntryFormat.dateTime(s.submittedAt())},
                        locale));
        redirect.addAttribute("form", form);
        redirect.addAttribute("period", period);
        return "redirect:/data/" + unit;
    }

    /** One row of the approvals list: a unit below and its submission, if any. */
    record Row(UnitCompleteness unit, Submission submission) {
        public String getSubmittedAt() {
            return submission == null ? "" : EntryFormat.dateTime(submission.submittedAt());
        }
    }

    /**
     * The most units a completeness page lists by name. A national view of a residential areas' form
     * expects some 92,000: its page showed the branches' counts, and the names download as .xlsx.
     */
    static final int LISTED_UNITS = 1000;

    /** The most submissions an approvals page lists, those awaiting approval first. */
    static final int LISTED_SUBMISSIONS = 300;

    @GetMapping("/approvals/{unit}")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    String approvals(
            @PathVariable String unit,
            @RequestParam(required = false) String form,
            @RequestParam(required = false) String period,
            Model model) {
        Selection s = selections.select(unit, form, period);
        Completeness c = completenessOf(s);
        Map<Long, Submission> byUnit =
                submissions.submissions(s.form().code(), s.period().id());
        List<Row> all = c.units().stream()
                .filter(u -> u.unitId() != s.unit().id())
                .map(u -> new Row(u, byUnit.get(u.unitId())))
                .filter(r -> r.submission() != null)
                .toList();
        long waiting = all.stream()
                .filter(r -> r.unit().status() == SubmissionStatus.SUBMITTED)
                .count();
        List<Row> rows = all;
        if (all.size() > LISTED_SUBMISSIONS) {
            // those awaiting a decision first, each group in the tree's order
            rows = java.util.stream.Stream.concat(
                            all.stream().filter(r -> r.unit().status() == SubmissionStatus.SUBMITTED),
                            all.stream().filter(r -> r.unit().status() != SubmissionStatus.SUBMITTED))
                    .limit(LISTED_SUBMISSIONS)
                    .toList();
        }
        model.addAttribute("s", s);
        model.addAttribute("rows", rows);
        model.addAttribute("total", all.size());
        model.addAttribute(
                "branches", c.branches().stream().filter(b -> !b.self()).toList());
        model.addAttribute("waiting", waiting);
        return "indicators/entry-approvals";
    }

    @PostMapping("/approvals/{unit}/approve")
    @Access(
            value = Access.Level.SIGNED_IN,
            unit = "unit",
            roles = {Role.ADMIN, Role.LEADER})
    String approve(
            @PathVariable String unit,
            @RequestParam String form,
            @RequestParam String period,
            @RequestParam String of,
            Model model) {
        submissions.approve(form, of, period, unit);
        return row(unit, form, period, of, model);
    }

    @PostMapping("/approvals/{unit}/return")
    @Access(
            value = Access.Level.SIGNED_IN,
            unit = "unit",
            roles = {Role.ADMIN, Role.LEADER})
    String returnForCorrection(
            @PathVariable String unit,
            @RequestParam String form,
            @RequestParam String period,
            @RequestParam String of,
            @RequestParam(defaultValue = "") String comment,
            Model model) {
        submissions.returnForCorrection(form, of, period, unit, comment);
        return row(unit, form, period, of, model);
    }

    @GetMapping("/completeness/{unit}")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    String completeness(
            @PathVariable String unit,
            @RequestParam(required = false) String form,
            @RequestParam(required = false) String period,
            Model model) {
        Selection s = selections.select(unit, form, period);
        Completeness c = completenessOf(s);
        boolean listed = c.expected() <= LISTED_UNITS;
        List<UnitCompleteness> missing = c.missing();
        model.addAttribute("s", s);
        model.addAttribute("c", c);
        model.addAttribute("missing", missing.size());
        model.addAttribute("listed", listed);
        model.addAttribute(
                "reminder",
                listed
                        ? String.join(
                                "; ",
                                missing.stream().map(UnitCompleteness::unitName).toList())
                        : "");
        // the branches say more than the units only when some branch holds more than one expected unit
        model.addAttribute(
                "branches", c.branches().stream().anyMatch(b -> b.expected() > 1) ? c.branches() : List.of());
        model.addAttribute("deadline", EntryFormat.date(c.deadline()));
        return "indicators/completeness";
    }

    /** Every expected unit of the completeness page, missing ones first, as .xlsx. */
    @GetMapping("/completeness/{unit}/xlsx")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    ResponseEntity<StreamingResponseBody> completenessWorkbook(
            @PathVariable String unit,
            @RequestParam(required = false) String form,
            @RequestParam(required = false) String period,
            Locale locale) {
        Selection s = selections.select(unit, form, period);
        Completeness c = completenessOf(s);
        String title = s.unit().fullName() + " – " + s.form().name(locale) + " – "
                + s.period().label(locale);
        String name = "tien-do-" + s.unit().code() + "-" + s.form().code() + "-"
                + s.period().id() + ".xlsx";
        StreamingResponseBody body = out -> workbook.write(c, title, locale, out);
        return Downloads.attachment(name, Downloads.XLSX, body);
    }

    private Completeness completenessOf(Selection s) {
        return submissions.completeness(
                s.form().code(), s.unit().code(), s.period().id());
    }

    /** The decided row, swapped in place of the one the leader acted on. */
    private String row(String unit, String form, String period, String of, Model model) {
        Selection s = selections.select(unit, form, period);
        // the one unit decided, read alone: the subtree's completeness was 1 s a click for the nation's areas
        Submission decided = submissions.find(form, of, period).orElseThrow();
        Unit u = units.get(of, s.period().end());
        model.addAttribute("s", s);
        model.addAttribute(
                "r",
                new Row(
                        new UnitCompleteness(u.id(), u.code(), u.fullName(), decided.status(), decided.onTime(), null),
                        decided));
        return "indicators/entry-approval-row :: row";
    }
}
