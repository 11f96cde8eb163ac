package vn.doanket.analytics.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doanket.analytics.AnalyticsException;
import vn.doanket.analytics.SplitWeights;
import vn.doanket.identity.AccessGuard;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Succession;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.Access;

/** Shows how pre-reform units' figures reach a unit of today's tree, and lets an administrator set split weights. */
@Controller
class LineageController {

    /** One predecessor of the unit shown, with every successor it shares its figures with. */
    record Source(Unit predecessor, List<SplitWeights.Share> shares, boolean split, boolean editable) {}

    private final OrgUnits units;
    private final SplitWeights weights;
    private final AccessGuard guard;

    LineageController(OrgUnits units, SplitWeights weights, AccessGuard guard) {
        this.units = units;
        this.weights = weights;
        this.guard = guard;
    }

    @GetMapping("/analytics/lineage")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    String lineage(@RequestParam String unit, Model model) {
        Unit u = units.get(unit, LocalDate.now());
        List<Source> sources = new ArrayList<>();
        var me = guard.current().orElse(null);
        for (Succession p : units.predecessors(u)) {
            List<SplitWeights.Share> shares = weights.shares(p.unit());
            sources.add(new Source(p.unit(), shares, shares.size() > 1, weights.canEdit(me, p.unit())));
        }
        model.addAttribute("unit", u);
        model.addAttribute("sources", sources);
        model.addAttribute("successors", u.isHistoric() ? weights.shares(u) : List.of());
        return "analytics/lineage";
    }

    @PostMapping("/analytics/lineage/weights")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    String setWeights(
            @RequestParam String unit,
            @RequestParam long predecessor,
            @RequestParam List<Long> successor,
            @RequestParam List<String> weight,
            RedirectAttributes redirect,
            Locale locale) {
        Unit old = units.findById(predecessor)
                .filter(Unit::isHistoric)
                .orElseThrow(() -> AnalyticsException.BadWeights.unknownPredecessor());
        Map<Long, BigDecimal> w = new LinkedHashMap<>();
        try {
            for (int i = 0; i < successor.size() && i < weight.size(); i++) {
                w.put(successor.get(i), parse(weight.get(i)));
            }
            weights.set(old, w);
            redirect.addFlashAttribute("saved", old.fullName());
        } catch (AnalyticsException e) {
            redirect.addFlashAttribute("error", e.message(locale));
        }
        return "redirect:/analytics/lineage?unit=" + unit;
    }

    /** Reads a weight typed as 0,6 or 0.6 or 60% (all six tenths). */
    static BigDecimal parse(String text) {
        String t = text == null ? "" : text.strip().replace(',', '.');
        try {
            if (t.endsWith("%")) {
                return new BigDecimal(t.substring(0, t.length() - 1).strip())
                        .movePointLeft(2)
                        .stripTrailingZeros();
            }
            return new BigDecimal(t).stripTrailingZeros();
        } catch (NumberFormatException e) {
            throw AnalyticsException.BadWeights.notANumber(String.valueOf(text));
        }
    }
}
