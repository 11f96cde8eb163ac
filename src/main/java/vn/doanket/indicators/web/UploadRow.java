package vn.doanket.indicators.web;

import java.util.Map;
import vn.doanket.indicators.DataValueInput;

/**
 * One value read from an uploaded file, with where it came from so an error can name the sheet, row
 * and column the user has to fix.
 *
 * @param columns the column (letter or header name) of each field: indicator, unit, period, option, value,
 *     comment
 */
record UploadRow(DataValueInput input, String sheet, int row, Map<String, String> columns) {}
