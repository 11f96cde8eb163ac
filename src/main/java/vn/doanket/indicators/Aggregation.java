package vn.doanket.indicators;

/**
 * How values add up, over units (a commune from its residential areas) or over time (a year from
 * its quarters). Shares are never averaged: {@link #SHARE_YES} divides counts of answers from the
 * bottom, and {@link #RATIO} divides the totals of two other indicators. See {@link Tally}.
 */
public enum Aggregation {
    SUM,
    AVERAGE,
    MAX,
    /** Over time the value of the latest period (stocks such as the number of households); over units the sum. */
    LATEST,
    /** How many units answered yes. */
    COUNT_YES,
    /** Percentage of the units that answered which answered yes. */
    SHARE_YES,
    /** factor × total(numerator) / total(denominator). */
    RATIO
}
