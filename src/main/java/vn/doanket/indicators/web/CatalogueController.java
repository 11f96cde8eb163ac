package vn.doanket.indicators.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doanket.indicators.Aggregation;
import vn.doanket.indicators.CatalogueEditor;
import vn.doanket.indicators.CatalogueRejectedException;
import vn.doanket.indicators.FormDraft;
import vn.doanket.indicators.FormEditor;
import vn.doanket.indicators.IndicatorDefinition;
import vn.doanket.indicators.IndicatorDraft;
import vn.doanket.indicators.PeriodType;
import vn.doanket.indicators.ReportForm;
import vn.doanket.indicators.ReportForms;
import vn.doanket.indicators.ValueType;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.UnitKind;
import vn.doanket.platform.DomainException;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.access.Forbidden;
import vn.doanket.platform.access.Role;

/**
 * The catalogue pages: administrators of the central committee define indicators and report forms;
 * every administrator assigns forms to the units of a level within their own subtree. A refused
 * page comes back with what was typed and the reason beside each field (Post/Redirect/Get on success).
 */
@Controller
class CatalogueController {

    /** One indicator offered on the form editor: checked or not, and its place on the form. */
    record FormIndicatorRow(IndicatorDefinition definition, boolean checked, String position) {}

    /** An assignment as shown: its level and the unit it hangs from. */
    record AssignmentRow(long id, UnitKind level, String rootCode, String rootName, boolean mine) {}

    private static final List<UnitKind> LEVELS = List.of(
            UnitKind.CENTRAL, UnitKind.PROVINCE, UnitKind.COMMUNE, UnitKind.RESIDENTIAL_AREA, UnitKind.MEMBER_ORG);

    private final CatalogueEditor editor;
    private final FormEditor formEditor;
    private final ReportForms forms;
    private final Caller caller;
    private final MessageSource messages;

    CatalogueController(
            CatalogueEditor editor, FormEditor formEditor, ReportForms forms, Caller caller, MessageSource messages) {
        this.editor = editor;
        this.formEditor = formEditor;
        this.forms = forms;
        this.caller = caller;
        this.messages = messages;
    }

    @GetMapping("/catalogue")
    @Access(value = Access.Level.SIGNED_IN, roles = Role.ADMIN)
    String list(Model model) {
        model.addAttribute("indicators", editor.definitions());
        model.addAttribute("forms", forms.all());
        model.addAttribute("central", isCentral());
        return "indicators/catalogue";
    }

    @GetMapping("/catalogue/indicators/new")
    @Access(value = Access.Level.SIGNED_IN, roles = Role.ADMIN)
    String newIndicator(Model model) {
        central();
        return indicatorPage(
                model,
                new IndicatorDraft(
                        "",
                        "",
                        "",
                        "",
                        "",
                        "INTEGER",
                        "SUM",
                        "SUM",
                        List.of("COMMUNE"),
                        null,
                        "0",
                        null,
                        null,
                        null,
                        "100",
                        null,
                        null,
                        null,
                        null),
                null,
                Map.of());
    }

    @PostMapping("/catalogue/indicators")
    @Access(value = Access.Level.SIGNED_IN, roles = Role.ADMIN)
    String create(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        central();
        IndicatorDraft draft = indicatorDraft(params, null);
        try {
            var created = editor.create(draft);
            redirect.addFlashAttribute("saved", created.nameVi());
            return "redirect:/catalogue/indicators/" + created.code();
        } catch (CatalogueRejectedException e) {
            return indicatorPage(model, draft, null, e.fieldErrors(LocaleContextHolder.getLocale()));
        }
    }

    @GetMapping("/catalogue/indicators/{code}")
    @Access(value = Access.Level.SIGNED_IN, roles = Role.ADMIN)
    String indicator(@PathVariable String code, Model model) {
        IndicatorDefinition d = editor.get(code);
        return indicatorPage(model, IndicatorDraft.of(d), d, Map.of());
    }

    @PostMapping("/catalogue/indicators/{code}")
    @Access(value = Access.Level.SIGNED_IN, roles = Role.ADMIN)
    String update(
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        central();
        IndicatorDefinition d = editor.get(code);
        IndicatorDraft draft = indicatorDraft(params, d.indicator().code());
        try {
            var saved = editor.update(code, draft);
            redirect.addFlashAttribute("saved", saved.nameVi());
            return "redirect:/catalogue/indicators/" + saved.code();
        } catch (CatalogueRejectedException e) {
            return indicatorPage(model, draft, d, e.fieldErrors(LocaleContextHolder.getLocale()));
        }
    }

    @PostMapping("/catalogue/indicators/{code}/{action:retire|restore|delete}")
    @Access(value = Access.Level.SIGNED_IN, roles = Role.ADMIN)
    String lifecycle(@PathVariable String code, @PathVariable String action, Model model, RedirectAttributes redirect) {
        central();
        IndicatorDefinition d = editor.get(code);
        try {
            switch (action) {
                case "retire" -> editor.retire(code);
                case "restore" -> editor.restore(code);
                default -> {
                    editor.delete(code);
                    redirect.addFlashAttribute("deleted", d.indicator().nameVi());
                    return "redirect:/catalogue";
                }
            }
            redirect.addFlashAttribute("saved", d.indicator().nameVi());
            return "redirect:/catalogue/indicators/" + d.indicator().code();
        } catch (CatalogueRejectedException e) {
            model.addAttribute("problem", e.message(LocaleContextHolder.getLocale()));
            return indicatorPage(model, IndicatorDraft.of(d), d, Map.of());
        }
    }

    @GetMapping("/catalogue/forms/new")
    @Access(value = Access.Level.SIGNED_IN, roles = Role.ADMIN)
    String newForm(Model model) {
        central();
        return formPage(
                model,
                new FormDraft("", "", "", "QUARTERLY", List.of("COMMUNE"), "5", List.of(), null),
                null,
                Map.of());
    }

    @PostMapping("/catalogue/forms")
    @Access(value = Access.Level.SIGNED_IN, roles = Role.ADMIN)
    String createForm(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        central();
        FormDraft draft = formDraft(params, null);
        try {
            ReportForm f = formEditor.create(draft);
            redirect.addFlashAttribute("saved", f.nameVi());
            return "redirect:/catalogue/forms/" + f.code();
        } catch (CatalogueRejectedException e) {
            return formPage(model, draft, null, e.fieldErrors(LocaleContextHolder.getLocale()));
        }
    }

    @GetMapping("/catalogue/forms/{form}")
    @Access(value = Access.Level.SIGNED_IN, roles = Role.ADMIN)
    String form(@PathVariable String form, Model model) {
        ReportForm f = forms.get(form);
        return formPage(model, FormDraft.of(f, formEditor.version(f)), f, Map.of());
    }

    @PostMapping("/catalogue/forms/{form}")
    @Access(value = Access.Level.SIGNED_IN, roles = Role.ADMIN)
    String updateForm(
            @PathVariable String form,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        central();
        ReportForm f = forms.get(form);
        FormDraft draft = formDraft(params, f.code());
        try {
            ReportForm saved = formEditor.update(form, draft);
            redirect.addFlashAttribute("saved", saved.nameVi());
            return "redirect:/catalogue/forms/" + saved.code();
        } catch (CatalogueRejectedException e) {
            return formPage(model, draft, f, e.fieldErrors(LocaleContextHolder.getLocale()));
        }
    }

    @PostMapping("/catalogue/forms/{form}/assignments")
    @Access(value = Access.Level.SIGNED_IN, unit = "root", roles = Role.ADMIN)
    String assign(
            @PathVariable String form,
            @RequestParam(defaultValue = "") String level,
            @RequestParam(defaultValue = "") String root,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        ReportForm f = forms.get(form);
        try {
            formEditor.requireMayAssign(caller.require(), root);
            UnitKind kind = LEVELS.stream()
                    .filter(k -> k.name().equals(level))
                    .findFirst()
                    .orElse(null);
            if (kind == null) {
                return assignRefused(
                        model, f, level, root, messages.getMessage("error.ind.catalogue-choose", null, locale));
            }
            forms.assign(f.code(), kind, root.isBlank() ? null : root.strip());
            redirect.addFlashAttribute("saved", f.nameVi());
            return "redirect:/catalogue/forms/" + f.code() + "#assignments";
        } catch (DomainException e) {
            return assignRefused(model, f, level, root, e.message(locale));
        } catch (AccessDeniedException e) {
            return assignRefused(model, f, level, root, Forbidden.reason(e, locale));
        }
    }

    private String assignRefused(Model model, ReportForm f, String level, String root, String problem) {
        model.addAttribute("assignProblem", problem);
        model.addAttribute("assignLevel", level);
        model.addAttribute("assignRoot", root);
        return formPage(model, FormDraft.of(f, formEditor.version(f)), f, Map.of());
    }

    @PostMapping("/catalogue/forms/{form}/assignments/{id}/delete")
    @Access(value = Access.Level.SIGNED_IN, roles = Role.ADMIN)
    String unassign(@PathVariable String form, @PathVariable long id, RedirectAttributes redirect) {
        ReportForm f = forms.get(form);
        forms.assignments(f).stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .ifPresent(a -> formEditor.requireMayAssign(caller.require(), formEditor.scope(a)));
        formEditor.unassign(f.code(), id);
        redirect.addFlashAttribute("saved", f.nameVi());
        return "redirect:/catalogue/forms/" + f.code() + "#assignments";
    }

    private String indicatorPage(
            Model model, IndicatorDraft draft, IndicatorDefinition existing, Map<String, String> errors) {
        model.addAttribute("d", draft);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("central", isCentral());
        model.addAttribute("valueTypes", ValueType.values());
        model.addAttribute("aggregations", Aggregation.values());
        model.addAttribute("levels", LEVELS);
        model.addAttribute("breakdowns", editor.breakdowns(LocaleContextHolder.getLocale()));
        model.addAttribute(
                "components",
                editor.definitions().stream()
                        .filter(x -> !x.indicator().isComputed()
                                && x.indicator().valueType().isNumeric())
                        .toList());
        return "indicators/catalogue-indicator";
    }

    private String formPage(Model model, FormDraft draft, ReportForm existing, Map<String, String> errors) {
        List<String> chosen = draft.indicators();
        List<FormIndicatorRow> rows = new ArrayList<>();
        Map<String, IndicatorDefinition> byCode = new LinkedHashMap<>();
        editor.definitions().stream()
                .filter(x -> !x.retired())
                .forEach(x -> byCode.put(x.indicator().code(), x));
        for (int i = 0; i < chosen.size(); i++) {
            IndicatorDefinition x = byCode.remove(chosen.get(i));
            if (x != null) {
                rows.add(new FormIndicatorRow(x, true, Integer.toString(i + 1)));
            }
        }
        byCode.values().forEach(x -> rows.add(new FormIndicatorRow(x, false, "")));
        model.addAttribute("f", draft);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("central", isCentral());
        model.addAttribute("rows", rows);
        model.addAttribute("periodTypes", PeriodType.values());
        model.addAttribute("levels", LEVELS);
        if (existing != null) {
            var me = caller.require();
            model.addAttribute(
                    "assignments",
                    forms.assignments(existing).stream()
                            .map(a -> {
                                var scope = formEditor.scope(a);
                                return new AssignmentRow(
                                        a.id(),
                                        a.unitKind(),
                                        scope.code(),
                                        scope.fullName(),
                                        scope.treePath().startsWith(me.homeUnitPath()));
                            })
                            .toList());
            model.addAttribute("home", me.homeUnitCode());
        }
        return "indicators/catalogue-form";
    }

    private static IndicatorDraft indicatorDraft(MultiValueMap<String, String> p, String fixedCode) {
        return new IndicatorDraft(
                fixedCode != null ? fixedCode : p.getFirst("code"),
                p.getFirst("nameVi"),
                p.getFirst("nameEn"),
                p.getFirst("unitOfMeasureVi"),
                p.getFirst("unitOfMeasureEn"),
                p.getFirst("valueType"),
                p.getFirst("aggregation"),
                p.getFirst("timeAggregation"),
                p.getOrDefault("levels", List.of()),
                p.getFirst("breakdown"),
                p.getFirst("min"),
                p.getFirst("max"),
                p.getFirst("numerator"),
                p.getFirst("denominator"),
                p.getFirst("ratioFactor"),
                p.getFirst("description"),
                p.getFirst("descriptionEn"),
                integer(p.getFirst("sortOrder")),
                integer(p.getFirst("version")));
    }

    private static FormDraft formDraft(MultiValueMap<String, String> p, String fixedCode) {
        List<String> checked = p.getOrDefault("indicators", List.of());
        // Checked indicators in the order typed beside them; unnumbered ones keep their place after.
        List<String> ordered = new ArrayList<>(checked);
        ordered.sort(Comparator.comparingInt(code -> {
            Integer n = integer(p.getFirst("position." + code));
            return n == null ? Integer.MAX_VALUE : n;
        }));
        return new FormDraft(
                fixedCode != null ? fixedCode : p.getFirst("code"),
                p.getFirst("nameVi"),
                p.getFirst("nameEn"),
                p.getFirst("periodType"),
                p.getOrDefault("levels", List.of()),
                p.getFirst("deadlineDays"),
                ordered,
                integer(p.getFirst("version")));
    }

    private static Integer integer(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private boolean isCentral() {
        var me = caller.require();
        return me.has(Role.ADMIN) && OrgUnits.ROOT_CODE.equals(me.homeUnitCode());
    }

    private void central() {
        CatalogueEditor.requireCentralAdmin(caller.require());
    }
}
