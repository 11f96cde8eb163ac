package vn.doanket.indicators.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doanket.indicators.Completeness;
import vn.doanket.indicators.Submission;
import vn.doanket.indicators.Submissions;
import vn.doanket.indicators.UnitCompleteness;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.access.Role;

/**
 * Submission of a unit's form, approval or return by the unit above, and who below a unit has
 * reported (completeness, timeliness and the reminder list of missing units).
 */
@Controller
class ApprovalController {

    private final Selections selections;
    private final Submissions submissions;
    private final MessageSource messages;

    ApprovalController(Selections selections, Submissions submissions, MessageSource messages) {
        this.selections = selections;
        this.submissions = submissions;
        this.messages = messages;
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

    @GetMapping("/approvals/{unit}")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    String approvals(
            @PathVariable String unit,
            @RequestParam(required = false) String form,
            @RequestParam(required = false) String period,
            Model model) {
        Selection s = selections.select(unit, form, period);
        Completeness c = submissions.completeness(
                s.form().code(), s.unit().code(), s.period().id());
        List<Row> rows = c.units().stream()
                .filter(u -> u.unitId() != s.unit().id())
                .map(u -> new Row(
                        u,
                        submissions
                                .find(s.form().code(), u.unitCode(), s.period().id())
                                .orElse(null)))
                .filter(r -> r.submission() != null)
                .toList();
        model.addAttribute("s", s);
        model.addAttribute("rows", rows);
        model.addAttribute(
                "waiting",
                rows.stream()
                        .filter(r -> r.unit().status() == vn.doanket.indicators.SubmissionStatus.SUBMITTED)
                        .count());
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
        Completeness c = submissions.completeness(
                s.form().code(), s.unit().code(), s.period().id());
        model.addAttribute("s", s);
        model.addAttribute("c", c);
        model.addAttribute("deadline", EntryFormat.date(c.deadline()));
        return "indicators/completeness";
    }

    /** The decided row, swapped in place of the one the leader acted on. */
    private String row(String unit, String form, String period, String of, Model model) {
        Selection s = selections.select(unit, form, period);
        Completeness c = submissions.completeness(
                s.form().code(), s.unit().code(), s.period().id());
        UnitCompleteness u = c.units().stream()
                .filter(x -> x.unitCode().equals(of))
                .findFirst()
                .orElseThrow();
        model.addAttribute("s", s);
        model.addAttribute("r", new Row(u, submissions.find(form, of, period).orElse(null)));
        return "indicators/entry-approval-row :: row";
    }
}
