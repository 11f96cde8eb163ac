package vn.doanket.indicators.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doanket.indicators.ReportForms;
import vn.doanket.indicators.Submission;
import vn.doanket.indicators.SubmissionStatus;
import vn.doanket.indicators.Submissions;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.Access;

/**
 * One form for many units at once: a row per unit directly below, a column per input. Each cell saves
 * itself like a field of the form; rows of submitted or approved reports are read only.
 */
@Controller
class GridController {

    private final Selections selections;
    private final EntryFields fields;
    private final ReportForms forms;
    private final Submissions submissions;
    private final OrgUnits units;

    GridController(
            Selections selections, EntryFields fields, ReportForms forms, Submissions submissions, OrgUnits units) {
        this.selections = selections;
        this.fields = fields;
        this.forms = forms;
        this.submissions = submissions;
        this.units = units;
    }

    @GetMapping("/data/{unit}/grid")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    String grid(
            @PathVariable String unit,
            @RequestParam(required = false) String form,
            @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "1") int page,
            Locale locale,
            Model model) {
        Selection s = selections.select(unit, form, period);
        UnitPage shown = UnitPage.of(rows(s), page);
        List<Unit> rows = shown.rows();
        model.addAttribute("s", s);
        shown.addTo(model);
        if (rows.isEmpty()) {
            model.addAttribute("columns", List.of());
            model.addAttribute("grid", java.util.Map.of());
            model.addAttribute("notes", List.of());
            return "indicators/grid";
        }
        // the page's units sent or approved: their submissions, not the completeness of the whole subtree
        Map<Long, Submission> sent =
                submissions.submissions(s.form().code(), s.period().id());
        Set<Long> locked = rows.stream()
                .map(u -> sent.get(u.id()))
                .filter(x -> x != null
                        && (x.status() == SubmissionStatus.SUBMITTED || x.status() == SubmissionStatus.APPROVED))
                .map(Submission::unitId)
                .collect(Collectors.toSet());
        List<EntryFields.Column> columns = fields.columns(s.form(), rows.get(0).kind());
        model.addAttribute("columns", columns);
        model.addAttribute("notes", IndicatorNotes.of(columns.stream().map(EntryFields.Column::indicator), locale));
        model.addAttribute("grid", fields.grid(columns, rows, s.period(), locked, locale));
        model.addAttribute("locked", locked);
        return "indicators/grid";
    }

    /** The units directly below that fill the form, in the tree in force at the end of the period. */
    List<Unit> rows(Selection s) {
        return forms.assigned(
                s.form(),
                units.children(s.unit(), s.period().end()).stream()
                        .filter(u -> Selections.fills(s.form(), u))
                        .toList());
    }
}
