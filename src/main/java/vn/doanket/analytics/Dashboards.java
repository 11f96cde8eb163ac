package vn.doanket.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.doanket.analytics.internal.Hierarchy;
import vn.doanket.indicators.Completeness;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.IndicatorCatalogue;
import vn.doanket.indicators.Period;
import vn.doanket.indicators.PeriodType;
import vn.doanket.indicators.Submissions;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;

/**
 * Builds a unit's dashboard from the pre-aggregated totals. Not one transaction on purpose: a form not
 * assigned under the unit makes completeness fail, and that must not roll back the figures around it.
 */
@Service
public class Dashboards {

    /** The figures the Front's reports lead with. */
    public static final List<String> KEY_INDICATORS = List.of(
            "HH_CULTURAL_SHARE",
            "UNITY_FESTIVAL_HELD",
            "UNITY_HOUSES_BUILT",
            "FUND_POOR_RAISED",
            "BLOOD_UNITS",
            "DIGITAL_ID_SHARE",
            "SUPERVISIONS",
            "VOTER_OPINIONS");

    /** The quarterly form whose completeness the dashboard shows. */
    static final String MAIN_FORM = "BC_QUY_XA";

    private final Analytics analytics;
    private final OrgUnits units;
    private final IndicatorCatalogue catalogue;
    private final Hierarchy hierarchy;
    private final Submissions submissions;

    Dashboards(
            Analytics analytics,
            OrgUnits units,
            IndicatorCatalogue catalogue,
            Hierarchy hierarchy,
            Submissions submissions) {
        this.analytics = analytics;
        this.units = units;
        this.catalogue = catalogue;
        this.hierarchy = hierarchy;
        this.submissions = submissions;
    }

    public Dashboard build(String unitCode, Period period, String indicatorCode, LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        Unit unit = units.get(unitCode, day);
        LocalDate tree = hierarchy.treeOn(unit.inForceOn(day) ? day : unit.validFrom());
        Indicator selected = catalogue.get(indicatorCode == null ? "SUPERVISIONS" : indicatorCode);

        List<Indicator> keyIndicators = catalogue.all().stream()
                .filter(i -> KEY_INDICATORS.contains(i.code()))
                .sorted(Comparator.comparing(i -> KEY_INDICATORS.indexOf(i.code())))
                .toList();
        java.util.Map<String, List<AnalyticsRow>> keyRows =
                analytics.rows(keyIndicators, List.of(unit), List.of(period), tree);
        List<Dashboard.KeyFigure> keys = new ArrayList<>();
        for (Indicator ind : keyIndicators) {
            keys.add(new Dashboard.KeyFigure(ind, keyRows.get(ind.code()).get(0)));
        }
        List<AnalyticsRow> trend = analytics.rows(selected, List.of(unit), trendPeriods(period), tree);
        List<Unit> children = units.children(unit, unit.inForceOn(day) ? day : unit.validFrom()).stream()
                .filter(u -> u.kind().isCommittee() || u.kind().name().equals("RESIDENTIAL_AREA"))
                .toList();
        List<AnalyticsRow> byChild = children.size() > Analytics.MAX_UNITS
                ? List.of()
                : analytics.rows(selected, children, List.of(period), tree);
        List<AnalyticsRow> ranking = byChild.stream()
                .sorted(Comparator.comparing(
                        AnalyticsRow::value, Comparator.nullsLast(Comparator.<java.math.BigDecimal>reverseOrder())))
                .toList();
        return new Dashboard(unit, period.id(), selected, keys, trend, byChild, ranking, completeness(unit, period));
    }

    /** Eight quarters up to the period's last one; the trend of a longer period is told in quarters. */
    static List<Period> trendPeriods(Period period) {
        Period last =
                Period.containing(PeriodType.QUARTERLY, period.lastMonth()).orElseThrow();
        List<Period> out = new ArrayList<>();
        Period p = last;
        for (int i = 0; i < 8; i++) {
            out.add(0, p);
            p = p.previous();
        }
        return out;
    }

    private Completeness completeness(Unit unit, Period period) {
        if (period.type() != PeriodType.QUARTERLY || !unit.kind().isCommittee() || unit.isHistoric()) {
            return null;
        }
        try {
            return Optional.ofNullable(submissions.completeness(MAIN_FORM, unit.code(), period.id()))
                    .orElse(null);
        } catch (RuntimeException e) {
            return null; // the form is not assigned here: the dashboard shows no completeness
        }
    }
}
