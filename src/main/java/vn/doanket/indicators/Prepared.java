package vn.doanket.indicators;

import vn.doanket.organization.Unit;

/** A value that passed every check and may be written. {@code value} null means remove. */
record Prepared(
        int row,
        Indicator indicator,
        Unit unit,
        Period period,
        String option,
        TypedValue value,
        String comment,
        Integer expectedVersion,
        String typed) {

    String key() {
        return indicator.id() + "|" + unit.id() + "|" + period.id() + "|" + option;
    }

    Prepared at(int r) {
        return new Prepared(r, indicator, unit, period, option, value, comment, expectedVersion, typed);
    }
}
