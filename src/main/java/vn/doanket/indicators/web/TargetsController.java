package vn.doanket.indicators.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.ReportForms;
import vn.doanket.indicators.Target;
import vn.doanket.indicators.Targets;
import vn.doanket.indicators.VietnameseNumbers;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.organization.UnitKind;
import vn.doanket.platform.DomainException;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.access.Role;

/**
 * Targets (chỉ tiêu giao): an upper unit sets, for the period, a target per indicator of the form for
 * itself and for each unit directly below it. Each cell saves itself as it is typed.
 */
@Controller
class TargetsController {

    /** One row of the targets grid: a unit and its current targets by indicator code, as shown. */
    record TargetRow(Unit unit, boolean self, Map<String, String> values) {}

    private final Selections selections;
    private final ReportForms forms;
    private final Targets targets;
    private final OrgUnits units;
    private final MessageSource messages;

    TargetsController(
            Selections selections, ReportForms forms, Targets targets, OrgUnits units, MessageSource messages) {
        this.selections = selections;
        this.forms = forms;
        this.targets = targets;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/targets/{unit}")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    String page(
            @PathVariable String unit,
            @RequestParam(required = false) String form,
            @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "1") int page,
            Locale locale,
            Model model) {
        Selection s = selections.select(unit, form, period);
        List<Indicator> columns = forms.indicators(s.form()).stream()
                .filter(i -> i.valueType().isNumeric())
                .toList();
        // the unit's own targets on every page, above a page of the units below
        UnitPage below = UnitPage.of(
                units.children(s.unit(), s.period().end()).stream()
                        .filter(u -> u.kind() != UnitKind.MEMBER_ORG)
                        .toList(),
                page);
        below.addTo(model);
        List<Unit> rowUnits = new ArrayList<>();
        rowUnits.add(s.unit());
        rowUnits.addAll(below.rows());
        List<TargetRow> rows = rowUnits.stream()
                .map(u -> new TargetRow(u, u.id() == s.unit().id(), shown(u, s)))
                .toList();
        model.addAttribute("s", s);
        model.addAttribute("columns", columns);
        model.addAttribute("notes", IndicatorNotes.of(columns.stream(), locale));
        model.addAttribute("rows", rows);
        return "indicators/targets";
    }

    @PostMapping("/targets/{unit}/values")
    @Access(
            value = Access.Level.SIGNED_IN,
            unit = "unit",
            roles = {Role.ADMIN, Role.LEADER, Role.OFFICER})
    String set(
            @PathVariable String unit,
            @RequestParam String of,
            @RequestParam String indicator,
            @RequestParam String period,
            @RequestParam(defaultValue = "") String value,
            Locale locale,
            Model model) {
        String key = "T-" + of + "-" + indicator;
        FieldStatus status;
        if (value.isBlank()) {
            status = new FieldStatus(
                    key,
                    FieldStatus.Kind.REFUSED,
                    messages.getMessage("targets.blank", null, locale),
                    List.of(),
                    null,
                    null,
                    null,
                    null);
        } else {
            try {
                Target t = targets.set(indicator, of, period, value, unit);
                status = new FieldStatus(
                        key,
                        FieldStatus.Kind.SAVED,
                        messages.getMessage(
                                "dataentry.field.saved", new Object[] {EntryFormat.time(t.setAt())}, locale),
                        List.of(),
                        null,
                        null,
                        null,
                        null);
            } catch (DomainException e) {
                status = new FieldStatus(
                        key, FieldStatus.Kind.REFUSED, e.message(locale), List.of(), null, null, null, null);
            }
        }
        model.addAttribute("st", status);
        return "indicators/fragments :: status";
    }

    private Map<String, String> shown(Unit u, Selection s) {
        Map<String, BigDecimal> byCode = targets.forUnit(u.code(), s.period().id()).stream()
                .collect(Collectors.toMap(Target::indicatorCode, Target::value));
        Map<String, String> out = new LinkedHashMap<>();
        byCode.forEach((code, v) -> out.put(code, VietnameseNumbers.format(v)));
        return out;
    }
}
