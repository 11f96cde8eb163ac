package vn.doanket.indicators.api;

import vn.doanket.indicators.DataValueInput;
import vn.doanket.indicators.NumberNotation;

/**
 * A value to save by codes. {@code value} is machine-written (a JSON number, or a string such as
 * “9.1”); empty removes the value. {@code version} is the version the client last read (0 for a field
 * it saw empty); without it the value replaces whatever is stored.
 */
record DataValueRequest(
        String indicator, String unit, String period, String option, String value, String comment, Integer version) {

    DataValueInput toInput() {
        return new DataValueInput(indicator, unit, period, option, value, comment, version, NumberNotation.PLAIN);
    }
}
