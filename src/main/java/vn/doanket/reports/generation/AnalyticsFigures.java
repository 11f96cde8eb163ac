package vn.doanket.reports.generation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.doanket.analytics.Analytics;
import vn.doanket.analytics.AnalyticsQuery;
import vn.doanket.analytics.AnalyticsRow;
import vn.doanket.analytics.FigureTrace;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.IndicatorCatalogue;
import vn.doanket.indicators.Period;
import vn.doanket.organization.Unit;

/**
 * Reads a report's figures from the analytics facade: every indicator of the unit over the period and
 * the same period last year in one batch, and every column of the tables by child unit in another.
 * Values come from pre-aggregated totals and targets from one bulk lookup per batch, so a province
 * with all its communes costs a handful of queries, not a few per indicator or per commune.
 */
@Component
class AnalyticsFigures implements FigureSource {

    private final Analytics analytics;
    private final FigureTrace trace;
    private final IndicatorCatalogue catalogue;

    AnalyticsFigures(Analytics analytics, FigureTrace trace, IndicatorCatalogue catalogue) {
        this.analytics = analytics;
        this.trace = trace;
        this.catalogue = catalogue;
    }

    @Override
    public Figures read(
            Unit unit,
            List<Unit> children,
            List<Period> periods,
            Collection<String> unitIndicators,
            Collection<String> childIndicators) {
        Figures figures = new Figures();
        analytics
                .query(unitIndicators, unit.code(), periods, AnalyticsQuery.Scope.UNIT, 0, null)
                .forEach((indicator, rows) -> put(figures, indicator, rows));
        breakdowns(figures, unit, periods.get(0), unitIndicators);
        if (!children.isEmpty()) {
            Set<String> wanted = children.stream().map(Unit::code).collect(Collectors.toSet());
            analytics
                    .query(
                            childIndicators,
                            unit.code(),
                            List.of(periods.get(0)),
                            AnalyticsQuery.Scope.CHILDREN,
                            0,
                            null)
                    .forEach((indicator, rows) -> put(
                            figures,
                            indicator,
                            rows.stream().filter(r -> wanted.contains(r.unit())).toList()));
        }
        return figures;
    }

    /** The unit's figures by breakdown option, for the indicators that have one (one read for them all). */
    private void breakdowns(Figures figures, Unit unit, Period period, Collection<String> codes) {
        Map<String, Indicator> wanted = new HashMap<>();
        for (Indicator i : catalogue.all()) {
            if (codes.contains(i.code()) && i.hasBreakdown() && !i.isComputed()) {
                wanted.put(i.code(), i);
            }
        }
        trace.byOption(wanted.values(), unit.code(), period, null).forEach((code, options) -> {
            Indicator i = wanted.get(code);
            figures.breakdown(
                    code,
                    unit.code(),
                    period.id(),
                    new Figures.Breakdown(
                            i.categoryCode(),
                            i.unitOfMeasureVi(),
                            options.stream()
                                    .map(o -> new Figures.Part(o.option(), o.name(), o.value()))
                                    .toList()));
        });
    }

    private static void put(Figures figures, String indicator, List<AnalyticsRow> rows) {
        for (AnalyticsRow r : rows) {
            figures.put(indicator, r.unit(), r.period(), r.value(), r.target());
        }
    }
}
