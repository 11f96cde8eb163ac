package vn.doanket.indicators.web;

/** Why one row of an upload was refused, located as the user sees the file. */
record UploadError(String sheet, int row, String column, String message) {}
