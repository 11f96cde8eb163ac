package vn.doanket.indicators.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doanket.indicators.Completeness;
import vn.doanket.indicators.Period;
import vn.doanket.indicators.PeriodCalendar;
import vn.doanket.indicators.ReportForm;
import vn.doanket.indicators.ReportForms;
import vn.doanket.indicators.Submission;
import vn.doanket.indicators.Submissions;
import vn.doanket.indicators.UnitCompleteness;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.DomainException;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.SignedIn;
import vn.doanket.platform.web.NavigationItem;

/**
 * For an upper unit: who below it has reported a form for a period, on time or not, who is missing
 * (the reminder list), and approve or return each report (htmx, row by row).
 */
@Controller
class ApprovalPages {

    private static final int PERIODS_SHOWN = 8;

    private final Submissions submissions;
    private final ReportForms forms;
    private final PeriodCalendar calendar;
    private final OrgUnits units;

    private final MessageSource messages;

    ApprovalPages(
            Submissions submissions,
            ReportForms forms,
            PeriodCalendar calendar,
            OrgUnits units,
            MessageSource messages) {
        this.messages = messages;
        this.submissions = submissions;
        this.forms = forms;
        this.calendar = calendar;
        this.units = units;
    }

    @GetMapping("/indicators/approvals")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    String list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String form,
            @RequestParam(required = false) String period,
            Model model) {
        CurrentAccount me = SignedIn.require();
        Unit u = units.get(unit == null || unit.isBlank() ? me.homeUnitCode() : unit);
        List<ReportForm> below = forms.all().stream()
                .filter(f ->
                        f.levels().stream().anyMatch(k -> k.ordinal() > u.kind().ordinal()))
                .toList();
        model.addAttribute("unit", u);
        model.addAttribute("forms", below);
        if (below.isEmpty()) {
            return "indicators/approvals";
        }
        ReportForm chosen = form == null || form.isBlank() ? below.get(0) : forms.get(form);
        List<Period> periods = recent(chosen);
        Period p = period == null || period.isBlank() ? periods.get(0) : Period.parse(period);
        Completeness c = submissions.completeness(chosen.code(), u.code(), p.id());
        model.addAttribute("form", chosen);
        model.addAttribute("period", p);
        model.addAttribute("periods", periods);
        model.addAttribute("completeness", c);
        model.addAttribute("canApprove", me.canApprove());
        return "indicators/approvals";
    }

    @PostMapping("/indicators/approvals/approve")
    @Access(value = Access.Level.SIGNED_IN, unit = "approver")
    String approve(
            @RequestParam String form,
            @RequestParam String unit,
            @RequestParam String period,
            @RequestParam String approver,
            Model model) {
        requireApprover();
        return row(form, unit, period, approver, model, () -> submissions.approve(form, unit, period, approver));
    }

    @PostMapping("/indicators/approvals/return")
    @Access(value = Access.Level.SIGNED_IN, unit = "approver")
    String returnForCorrection(
            @RequestParam String form,
            @RequestParam String unit,
            @RequestParam String period,
            @RequestParam String approver,
            @RequestParam(defaultValue = "") String comment,
            Model model) {
        requireApprover();
        return row(
                form,
                unit,
                period,
                approver,
                model,
                () -> submissions.returnForCorrection(form, unit, period, approver, comment));
    }

    private String row(
            String form,
            String unit,
            String period,
            String approver,
            Model model,
            java.util.function.Supplier<Submission> action) {
        String error = null;
        try {
            action.get();
        } catch (DomainException e) {
            error = e.getMessage();
        }
        UnitCompleteness row = submissions.completeness(form, unit, period).units().stream()
                .findFirst()
                .orElseThrow();
        model.addAttribute("r", row);
        model.addAttribute("error", error);
        model.addAttribute("formCode", form);
        model.addAttribute("periodId", period);
        model.addAttribute("approver", approver);
        model.addAttribute("canApprove", true);
        return "indicators/approval-row :: row";
    }

    private void requireApprover() {
        CurrentAccount me = SignedIn.require();
        if (!me.canApprove()) {
            throw denied("error.ind.not-an-approver", me.username());
        }
    }

    private List<Period> recent(ReportForm form) {
        Period p = calendar.current(form.periodType())
                .orElseGet(() -> Period.nineMonths(calendar.today().getYear()));
        List<Period> list = new ArrayList<>();
        for (int i = 0; i < PERIODS_SHOWN; i++) {
            list.add(p);
            p = p.previous();
        }
        return list;
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem approvalsNavigation() {
            return new NavigationItem("nav.indicators.approvals", "/indicators/approvals?unit={home}", 21);
        }
    }

    /** A refusal in the user's language, from messages/indicators*.properties. */
    private AccessDeniedException denied(String key, Object... args) {
        return new AccessDeniedException(messages.getMessage(key, args, LocaleContextHolder.getLocale()));
    }
}
