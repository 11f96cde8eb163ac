package vn.doanket.indicators;

/**
 * Why one row of a batch or upload was refused.
 *
 * @param row 1-based position in the list or the upload's {@code dataValues}
 * @param field the field at fault (dataElement, orgUnit, period, categoryOptionCombo, value), or null
 * @param code the stable error code
 * @param message Vietnamese, naming what was wrong and what to do
 */
public record RowError(int row, String field, String code, String message) {}
