package vn.doanket.indicators.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doanket.indicators.Completeness;
import vn.doanket.indicators.ReportForms;
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

    /**
     * Units a page of the grid shows. A row of the communes' quarterly form is some seventy inputs:
     * Hà Nội's 126 communes on one page were 10 MB of HTML, too much for a phone or a slow line.
     */
    static final int PAGE = 20;

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
        List<Unit> all = rows(s);
        int pages = Math.max(1, (all.size() + PAGE - 1) / PAGE);
        int current = Math.min(Math.max(1, page), pages);
        List<Unit> rows = all.subList((current - 1) * PAGE, Math.min(all.size(), current * PAGE));
        model.addAttribute("s", s);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("total", all.size());
        model.addAttribute("first", (current - 1) * PAGE + 1);
        model.addAttribute("last", (current - 1) * PAGE + rows.size());
        if (rows.isEmpty()) {
            model.addAttribute("columns", List.of());
            model.addAttribute("grid", java.util.Map.of());
            return "indicators/grid";
        }
        Completeness c = submissions.completeness(
                s.form().code(), s.unit().code(), s.period().id());
        Set<Long> locked = c.units().stream()
                .filter(u -> u.status() == SubmissionStatus.SUBMITTED || u.status() == SubmissionStatus.APPROVED)
                .map(u -> u.unitId())
                .collect(Collectors.toSet());
        List<EntryFields.Column> columns = fields.columns(s.form(), rows.get(0).kind());
        model.addAttribute("columns", columns);
        model.addAttribute("grid", fields.grid(columns, rows, s.period(), locked, locale));
        model.addAttribute("locked", locked);
        return "indicators/grid";
    }

    /** The units directly below that fill the form, in the tree in force at the end of the period. */
    List<Unit> rows(Selection s) {
        return units.children(s.unit(), s.period().end()).stream()
                .filter(u -> Selections.fills(s.form(), u) && forms.isAssigned(s.form(), u))
                .toList();
    }
}
