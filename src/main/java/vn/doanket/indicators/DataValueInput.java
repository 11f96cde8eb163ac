package vn.doanket.indicators;

/**
 * A value to save, by codes, as typed. A blank {@code value} removes the stored value.
 *
 * @param option breakdown option code; null or blank for an indicator without breakdown
 * @param expectedVersion the version the user saw: 0 when the field was empty, null to skip the check
 *     (imports, which replace values as DHIS2 does)
 * @param notation how numbers are written: as people type them, or machine-style from the API and imports
 */
public record DataValueInput(
        String indicator,
        String unit,
        String period,
        String option,
        String value,
        String comment,
        Integer expectedVersion,
        NumberNotation notation) {

    public DataValueInput {
        notation = notation == null ? NumberNotation.VIETNAMESE : notation;
    }

    /** A value typed into the form, carrying the version shown with the field. */
    public static DataValueInput typed(
            String indicator, String unit, String period, String option, String value, int expectedVersion) {
        return new DataValueInput(
                indicator, unit, period, option, value, null, expectedVersion, NumberNotation.VIETNAMESE);
    }

    public DataValueInput withComment(String text) {
        return new DataValueInput(indicator, unit, period, option, value, text, expectedVersion, notation);
    }
}
