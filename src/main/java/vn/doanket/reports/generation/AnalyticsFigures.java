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
import vn.doanket.indicators.Target;
import vn.doanket.indicators.Targets;
import vn.doanket.organization.Unit;

/**
 * Reads a report's figures from the analytics facade: per indicator one query for the unit over the
 * period and the same period last year, and one for its children. Every answer comes from
 * pre-aggregated totals, so a province with all its communes costs two queries per indicator.
 *
 * <p>Analytics does not yet carry targets (its target port answers "none"), so the unit's own
 * targets are also read from the indicators module's {@link Targets} in one query; analytics wins
 * once it has them.
 */
@Component
class AnalyticsFigures implements FigureSource {

    private final Analytics analytics;
    private final Targets targets;

    AnalyticsFigures(Analytics analytics, Targets targets) {
        this.analytics = analytics;
        this.targets = targets;
    }

    @Override
    public Figures read(
            Unit unit,
            List<Unit> children,
            List<Period> periods,
            Collection<String> unitIndicators,
            Collection<String> childIndicators) {
        Figures figures = new Figures();
        for (String indicator : unitIndicators) {
            put(
                    figures,
                    indicator,
                    analytics.query(
                            new AnalyticsQuery(indicator, unit.code(), periods, AnalyticsQuery.Scope.UNIT, 0, null)));
        }
        Period period = periods.get(0);
        for (Target t : targets.forUnit(unit.code(), period.id())) {
            figures.targetIfMissing(t.indicatorCode(), unit.code(), period.id(), t.value());
        }
        if (!children.isEmpty()) {
            Set<String> wanted = children.stream().map(Unit::code).collect(Collectors.toSet());
            for (String indicator : childIndicators) {
                List<AnalyticsRow> rows = analytics.query(new AnalyticsQuery(
                        indicator, unit.code(), List.of(periods.get(0)), AnalyticsQuery.Scope.CHILDREN, 0, null));
                put(
                        figures,
                        indicator,
                        rows.stream().filter(r -> wanted.contains(r.unit())).toList());
            }
        }
        return figures;
    }

    private static void put(Figures figures, String indicator, List<AnalyticsRow> rows) {
        for (AnalyticsRow r : rows) {
            figures.put(indicator, r.unit(), r.period(), r.value(), r.target());
        }
    }
}
