package vn.doanket.reports;

import java.math.BigDecimal;
import vn.doanket.reports.FigureTable.Format;

/**
 * One of a work area's figures for the unit, as the statistical annex lists it: the period's value,
 * the target, the same period last year, and the analytics query behind it.
 */
public record SectionFigure(
        String indicator,
        String label,
        Format format,
        BigDecimal value,
        BigDecimal target,
        BigDecimal lastYear,
        String link) {}
