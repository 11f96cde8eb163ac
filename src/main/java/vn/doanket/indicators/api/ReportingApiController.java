package vn.doanket.indicators.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.indicators.Completeness;
import vn.doanket.indicators.CompletenessBranch;
import vn.doanket.indicators.PeriodType;
import vn.doanket.indicators.ReportForm;
import vn.doanket.indicators.ReportForms;
import vn.doanket.indicators.Submission;
import vn.doanket.indicators.Submissions;
import vn.doanket.indicators.Target;
import vn.doanket.indicators.Targets;
import vn.doanket.indicators.UnitCompleteness;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.SignedIn;

/**
 * Forms, submission and approval, completeness and targets. The signed-in account acts as its home
 * unit: it approves, returns and sets targets for units below it.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Báo cáo và chỉ tiêu giao (forms, approval, targets)")
class ReportingApiController {

    private final ReportForms forms;
    private final Submissions submissions;
    private final Targets targets;
    private final OrgUnits units;

    private final MessageSource messages;

    ReportingApiController(
            ReportForms forms, Submissions submissions, Targets targets, OrgUnits units, MessageSource messages) {
        this.messages = messages;
        this.forms = forms;
        this.submissions = submissions;
        this.targets = targets;
        this.units = units;
    }

    record FormResponse(
            String code,
            String name,
            PeriodType periodType,
            List<String> levels,
            int deadlineDays,
            List<String> indicators) {
        static FormResponse of(ReportForm f) {
            return new FormResponse(
                    f.code(),
                    f.nameVi(),
                    f.periodType(),
                    f.levels().stream().sorted().map(Enum::name).toList(),
                    f.deadlineDays(),
                    f.indicatorCodes());
        }
    }

    record CompletenessResponse(
            String form,
            String period,
            LocalDate deadline,
            int expected,
            int submitted,
            int onTime,
            int approved,
            BigDecimal completenessPercent,
            BigDecimal timelinessPercent,
            List<UnitCompleteness> missing,
            List<UnitCompleteness> units,
            List<CompletenessBranch> branches) {
        static CompletenessResponse of(Completeness c) {
            return new CompletenessResponse(
                    c.formCode(),
                    c.periodId(),
                    c.deadline(),
                    c.expected(),
                    c.submitted(),
                    c.onTime(),
                    c.approved(),
                    c.completenessPercent(),
                    c.timelinessPercent(),
                    c.missing(),
                    c.units(),
                    c.branches());
        }
    }

    record SubmissionRequest(String form, String unit, String period, String comment) {}

    record TargetRequest(String indicator, String unit, String period, String value) {}

    @GetMapping("/forms")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "Report forms with their period type, levels, deadline and indicators")
    List<FormResponse> forms() {
        return forms.all().stream().map(FormResponse::of).toList();
    }

    @GetMapping("/forms/{form}/completeness")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    @Operation(summary = "Who below a unit reported the form for a period, on time, and who is missing")
    CompletenessResponse completeness(
            @PathVariable String form, @RequestParam String unit, @RequestParam String period) {
        return CompletenessResponse.of(submissions.completeness(form, unit, period));
    }

    @PostMapping("/submissions")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "Submit a unit's form for a period {form, unit, period}")
    Submission submit(@RequestBody SubmissionRequest r) {
        CurrentAccount me = within(r.unit(), r.period());
        if (!me.canEnterData()) {
            throw denied("error.ind.read-only-account", me.username());
        }
        return submissions.submit(r.form(), r.unit(), r.period());
    }

    @PostMapping("/submissions/approve")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "Approve a submitted form {form, unit, period} of a unit below the caller's unit")
    Submission approve(@RequestBody SubmissionRequest r) {
        CurrentAccount me = approver();
        return submissions.approve(r.form(), r.unit(), r.period(), me.homeUnitCode());
    }

    @PostMapping("/submissions/return")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "Return a form {form, unit, period, comment} to a unit below the caller's unit")
    Submission returnForCorrection(@RequestBody SubmissionRequest r) {
        CurrentAccount me = approver();
        return submissions.returnForCorrection(r.form(), r.unit(), r.period(), me.homeUnitCode(), r.comment());
    }

    @GetMapping("/targets")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    @Operation(summary = "Targets set for a unit and period")
    List<Target> targets(@RequestParam String unit, @RequestParam String period) {
        return targets.forUnit(unit, period);
    }

    @PutMapping("/targets")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "Set the target {indicator, unit, period, value} of the caller's unit or a unit below it")
    Target setTarget(@RequestBody TargetRequest r) {
        CurrentAccount me = approver();
        return targets.set(r.indicator(), r.unit(), r.period(), r.value(), me.homeUnitCode());
    }

    private CurrentAccount within(String unitCode, String period) {
        CurrentAccount me = SignedIn.require();
        Unit unit =
                units.get(unitCode, vn.doanket.indicators.Period.parse(period).end());
        if (!units.isVisibleTo(me, unit)) {
            throw denied("error.ind.unit-outside-account", unit.fullName(), me.username());
        }
        return me;
    }

    private CurrentAccount approver() {
        CurrentAccount me = SignedIn.require();
        if (!me.canApprove()) {
            throw denied("error.ind.not-an-approver", me.username());
        }
        return me;
    }

    /** A refusal in the user's language, from messages/indicators*.properties. */
    private AccessDeniedException denied(String key, Object... args) {
        return new AccessDeniedException(messages.getMessage(key, args, LocaleContextHolder.getLocale()));
    }
}
