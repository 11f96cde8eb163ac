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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.doanket.indicators.DataEntry;
import vn.doanket.indicators.DataValueInput;
import vn.doanket.indicators.FormSheet;
import vn.doanket.indicators.FormSheets;
import vn.doanket.indicators.Period;
import vn.doanket.indicators.PeriodCalendar;
import vn.doanket.indicators.ReportForm;
import vn.doanket.indicators.ReportForms;
import vn.doanket.indicators.SaveOutcome;
import vn.doanket.indicators.StaleValueException;
import vn.doanket.indicators.Submissions;
import vn.doanket.indicators.UnitScope;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.DomainException;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.SignedIn;
import vn.doanket.platform.web.NavigationItem;

/**
 * The data-entry form of a unit for a period: each field is saved when the user leaves it (htmx),
 * refused input stays in the field with the reason next to it, and the unit submits the form.
 */
@Controller
class DataEntryPages {

    private static final int PERIODS_SHOWN = 8;

    private final FormSheets sheets;
    private final ReportForms forms;
    private final DataEntry entry;
    private final Submissions submissions;
    private final PeriodCalendar calendar;
    private final OrgUnits units;

    private final MessageSource messages;

    DataEntryPages(
            FormSheets sheets,
            ReportForms forms,
            DataEntry entry,
            Submissions submissions,
            PeriodCalendar calendar,
            OrgUnits units,
            MessageSource messages) {
        this.messages = messages;
        this.sheets = sheets;
        this.forms = forms;
        this.entry = entry;
        this.submissions = submissions;
        this.calendar = calendar;
        this.units = units;
    }

    @GetMapping("/indicators/entry")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    String form(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String form,
            @RequestParam(required = false) String period,
            Model model) {
        CurrentAccount me = SignedIn.require();
        Unit u = units.get(unit == null || unit.isBlank() ? me.homeUnitCode() : unit);
        List<ReportForm> available =
                forms.all().stream().filter(f -> f.levels().contains(u.kind())).toList();
        model.addAttribute("unit", u);
        model.addAttribute("forms", available);
        if (available.isEmpty()) {
            return "indicators/entry";
        }
        ReportForm chosen = form == null || form.isBlank() ? available.get(0) : forms.get(form);
        List<Period> periods = recent(chosen);
        Period p = period == null || period.isBlank() ? periods.get(0) : Period.parse(period);
        FormSheet sheet = sheets.sheet(chosen.code(), u.code(), p.id());
        model.addAttribute("sheet", sheet);
        model.addAttribute("periods", periods);
        model.addAttribute("fields", sheet.fields().stream().map(FieldView::of).toList());
        model.addAttribute("canEnter", me.canEnterData() && sheet.open());
        model.addAttribute("ctx", new Context(chosen.code(), u.code(), p.id()));
        return "indicators/entry";
    }

    @PostMapping("/indicators/entry/value")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    String save(
            @RequestParam String form,
            @RequestParam String unit,
            @RequestParam String period,
            @RequestParam String indicator,
            @RequestParam String option,
            @RequestParam(defaultValue = "") String value,
            @RequestParam(defaultValue = "") String comment,
            @RequestParam int version,
            Model model) {
        CurrentAccount me = SignedIn.require();
        if (!me.canEnterData()) {
            throw denied("error.ind.read-only-account", me.username());
        }
        FieldView field = fieldOf(form, unit, period, indicator, option);
        UnitScope scope = u -> units.isVisibleTo(me, u);
        DataValueInput input = new DataValueInput(
                indicator,
                unit,
                period,
                option,
                value,
                comment,
                version,
                vn.doanket.indicators.NumberNotation.VIETNAMESE);
        FieldView shown;
        try {
            SaveOutcome out = entry.save(input, scope);
            FieldView saved = fieldOf(form, unit, period, indicator, option);
            shown = out.warnings().isEmpty()
                    ? saved.with("saved", null)
                    : saved.with("warning", String.join(" ", out.warnings()));
        } catch (StaleValueException e) {
            int current = e.current() == null ? 0 : e.current().version();
            shown = field.typed(value, comment, current).with("error", e.getMessage());
        } catch (DomainException e) {
            shown = field.typed(value, comment, version).with("error", e.getMessage());
        }
        model.addAttribute("f", shown);
        model.addAttribute("canEnter", true);
        model.addAttribute("ctx", new Context(form, unit, period));
        return "indicators/field :: field";
    }

    @PostMapping("/indicators/entry/submit")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    String submit(
            @RequestParam String form,
            @RequestParam String unit,
            @RequestParam String period,
            RedirectAttributes redirect) {
        CurrentAccount me = SignedIn.require();
        if (!me.canEnterData()) {
            throw denied("error.ind.read-only-account", me.username());
        }
        submissions.submit(form, unit, period);
        redirect.addFlashAttribute("submitted", true);
        return "redirect:"
                + UriComponentsBuilder.fromPath("/indicators/entry")
                        .queryParam("unit", unit)
                        .queryParam("form", form)
                        .queryParam("period", period)
                        .encode()
                        .build()
                        .toUriString();
    }

    /** Hidden fields every row sends back. */
    public record Context(String form, String unit, String period) {}

    private FieldView fieldOf(String form, String unit, String period, String indicator, String option) {
        return sheets.sheet(form, unit, period).fields().stream()
                .filter(f -> f.indicator().code().equalsIgnoreCase(indicator)
                        && f.optionCode().equalsIgnoreCase(option))
                .findFirst()
                .map(FieldView::of)
                .orElseThrow(() -> new vn.doanket.indicators.IndicatorNotFoundException(indicator));
    }

    /** The form's current period and the ones before it, newest first. */
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
        NavigationItem dataEntryNavigation() {
            return new NavigationItem("nav.indicators.entry", "/indicators/entry?unit={home}", 20);
        }
    }

    /** A refusal in the user's language, from messages/indicators*.properties. */
    private AccessDeniedException denied(String key, Object... args) {
        return new AccessDeniedException(messages.getMessage(key, args, LocaleContextHolder.getLocale()));
    }
}
