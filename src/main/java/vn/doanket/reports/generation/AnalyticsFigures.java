package vn.doanket.reports.generation;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.doanket.analytics.Analytics;
import vn.doanket.analytics.AnalyticsQuery;
import vn.doanket.analytics.AnalyticsRow;
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

    AnalyticsFigures(Analytics analytics) {
        this.analytics = analytics;
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

    private static void put(Figures figures, String indicator, List<AnalyticsRow> rows) {
        for (AnalyticsRow r : rows) {
            figures.put(indicator, r.unit(), r.period(), r.value(), r.target());
        }
    }
}
