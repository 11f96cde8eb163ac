package vn.doanket.analytics;

import java.util.List;
import vn.doanket.indicators.Completeness;
import vn.doanket.indicators.Indicator;
import vn.doanket.organization.Unit;

/**
 * What a unit's dashboard shows for a period: key indicators against targets, the trend of the
 * selected indicator, its children ranked by it, and the completeness of the unit's main form.
 *
 * @param byChild the selected indicator for each child unit, in code order (the downloadable table)
 * @param ranking the same rows, largest value first, units without a figure last
 */
public record Dashboard(
        Unit unit,
        String period,
        Indicator selected,
        List<KeyFigure> keyFigures,
        List<AnalyticsRow> trend,
        List<AnalyticsRow> byChild,
        List<AnalyticsRow> ranking,
        Completeness completeness) {

    /** A key indicator's figure with its target. */
    public record KeyFigure(Indicator indicator, AnalyticsRow row) {}
}
