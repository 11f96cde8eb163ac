package vn.doanket.analytics.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doanket.analytics.FigureTrace;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.IndicatorCatalogue;
import vn.doanket.indicators.Period;
import vn.doanket.platform.access.Access;

/**
 * The entries behind a figure: every value entered in the unit's subtree for the indicator and period
 * (pre-reform units' through the lineage), who entered it, when and with what comment or source, and
 * the figure by breakdown option. Reports link each of their figures here.
 */
@Controller
class EntriesController {

    private final FigureTrace trace;
    private final IndicatorCatalogue catalogue;

    EntriesController(FigureTrace trace, IndicatorCatalogue catalogue) {
        this.trace = trace;
        this.catalogue = catalogue;
    }

    @GetMapping("/analytics/entries")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    String entries(
            @RequestParam String indicator,
            @RequestParam String unit,
            @RequestParam String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Locale locale,
            Model model) {
        Period p = Period.parse(period.strip());
        FigureTrace.Entries e = trace.entries(indicator, unit, p, asOf);
        Indicator i = catalogue.get(e.indicator());
        model.addAttribute("e", e);
        model.addAttribute("indicator", i);
        // the breakdown's options in the reader's language, by code (the trace names them in Vietnamese)
        Map<String, String> optionNames = new HashMap<>();
        if (i.hasBreakdown()) {
            catalogue.options(i.categoryCode()).forEach(o -> optionNames.put(o.code(), o.name(locale)));
        }
        model.addAttribute("optionNames", optionNames);
        model.addAttribute("period", p);
        model.addAttribute("asOf", asOf);
        model.addAttribute("options", trace.byOption(e.indicator(), unit, p, asOf));
        return "analytics/entries";
    }
}
