package vn.doanket.indicators.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.ReportForms;
import vn.doanket.indicators.Submissions;
import vn.doanket.indicators.VietnameseNumbers;
import vn.doanket.organization.OrgUnits;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.access.Role;

/** The data entry form of one unit and period; every field saves itself as it is typed. */
@Controller
class EntryPageController {

    private final Selections selections;
    private final EntryFields fields;
    private final FieldSaver saver;
    private final Submissions submissions;
    private final EntryQueries queries;
    private final ReportForms forms;
    private final OrgUnits units;
    private final Caller caller;
    private final MessageSource messages;

    EntryPageController(
            Selections selections,
            EntryFields fields,
            FieldSaver saver,
            Submissions submissions,
            EntryQueries queries,
            ReportForms forms,
            OrgUnits units,
            Caller caller,
            MessageSource messages) {
        this.selections = selections;
        this.fields = fields;
        this.saver = saver;
        this.submissions = submissions;
        this.queries = queries;
        this.forms = forms;
        this.units = units;
        this.caller = caller;
        this.messages = messages;
    }

    @GetMapping("/data/{unit}")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    String form(
            @PathVariable String unit,
            @RequestParam(required = false) String form,
            @RequestParam(required = false) String period,
            Locale locale,
            Model model) {
        Selection s = selections.select(unit, form, period);
        model.addAttribute("s", s);
        model.addAttribute("ancestors", units.ancestors(s.unit()));
        if (s.fills()) {
            var submission = submissions.find(
                    s.form().code(), s.unit().code(), s.period().id());
            String locked = submission
                    .filter(x -> x.status() == vn.doanket.indicators.SubmissionStatus.SUBMITTED
                            || x.status() == vn.doanket.indicators.SubmissionStatus.APPROVED)
                    .map(x -> saver.reason(x, locale))
                    .orElseGet(() -> caller.require().canEnterData()
                            ? null
                            : messages.getMessage("dataentry.locked.viewer", null, locale));
            model.addAttribute("submission", submission.orElse(null));
            model.addAttribute("locked", locked);
            model.addAttribute("assigned", forms.isAssigned(s.form(), s.unit()));
            model.addAttribute("fields", fields.form(s.form(), s.unit(), s.period(), locked != null, locale));
        } else {
            List<Indicator> indicators = forms.indicators(s.form()).stream()
                    .filter(i -> i.valueType().isNumeric() && !i.isComputed())
                    .toList();
            Map<String, BigDecimal> sums = queries.subtreeSums(
                    s.unit(),
                    s.period(),
                    indicators.stream().map(Indicator::code).toList());
            model.addAttribute(
                    "totals",
                    indicators.stream()
                            .map(i -> new Total(
                                    i.code(),
                                    i.name(locale),
                                    i.unitOfMeasure(locale),
                                    i.description(locale),
                                    sums.containsKey(i.code()) ? VietnameseNumbers.format(sums.get(i.code())) : "—"))
                            .toList());
        }
        return "indicators/form";
    }

    /**
     * A subtree total row on the page of a unit that does not fill the form itself. The note says how
     * the figure is counted, in the reader's language (null when the indicator has none).
     */
    record Total(String code, String name, String unitOfMeasure, String note, String value) {}

    @PostMapping("/data/{unit}/values")
    @Access(
            value = Access.Level.SIGNED_IN,
            unit = "unit",
            roles = {Role.ADMIN, Role.LEADER, Role.OFFICER, Role.DATA_ENTRY})
    String save(
            @PathVariable String unit,
            @RequestParam(required = false) String form,
            @RequestParam String period,
            @RequestParam String indicator,
            @RequestParam(defaultValue = "") String option,
            @RequestParam(defaultValue = "") String value,
            @RequestParam(required = false) String comment,
            @RequestParam(defaultValue = "0") int version,
            Locale locale,
            Model model) {
        FieldStatus status = saver.save(
                new FieldSaver.Typed(form, unit, period, indicator, option, value, comment, version), locale);
        model.addAttribute("st", status);
        return "indicators/fragments :: status";
    }
}
