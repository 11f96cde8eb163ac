package vn.doanket.reports;

/**
 * What the reviewer accepts for a figure: the value as typed (Vietnamese notation, "9,1 tỷ" or
 * "72.925.000"), the indicator code, period id ("2024", "2024Q1", "2024S1", "202407"), the unit code
 * it is a figure of, and the breakdown option when the indicator has one. {@code expectedVersion}
 * is the version of the figure the reviewer saw.
 */
public record FigureDecision(
        String value, String indicator, String period, String unitCode, String option, int expectedVersion) {}
