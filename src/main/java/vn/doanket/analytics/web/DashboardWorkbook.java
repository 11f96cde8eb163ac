package vn.doanket.analytics.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doanket.analytics.AnalyticsRow;
import vn.doanket.analytics.Dashboard;

/** Writes one table of a dashboard as an .xlsx sheet, numbers as numbers so they can be summed. */
@Component
class DashboardWorkbook {

    /** The key figures' column of notes, after name, code, value, target and achievement. */
    private static final int NOTE = 5;

    enum Table {
        KEYS,
        TREND,
        CHILDREN,
        RANKING;

        static Table of(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return CHILDREN;
            }
        }
    }

    private final MessageSource messages;

    DashboardWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(Dashboard d, Table table, Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(
                    msg("analytics.sheet." + table.name().toLowerCase(Locale.ROOT), locale)));
            CellStyle number = wb.createCellStyle();
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0.####"));
            Row title = sheet.createRow(0);
            title.createCell(0)
                    .setCellValue(d.unit().fullName() + " – " + d.period()
                            + (table == Table.KEYS ? "" : " – " + d.selected().name(locale)));
            // how the indicator is counted, as the page shows it under the table's heading
            String note = table == Table.KEYS ? null : d.selected().description(locale);
            if (note != null) {
                sheet.createRow(1).createCell(0).setCellValue(msg("analytics.note", locale) + ": " + note);
            }
            Row head = sheet.createRow(2);
            String[] cols = {
                msg(
                        table == Table.KEYS
                                ? "analytics.indicator"
                                : table == Table.TREND ? "analytics.period" : "analytics.unit",
                        locale),
                msg("analytics.code", locale),
                msg("analytics.value", locale),
                msg("analytics.target", locale),
                msg("analytics.achievement", locale)
            };
            for (int i = 0; i < cols.length; i++) {
                head.createCell(i).setCellValue(cols[i]);
            }
            int r = 3;
            if (table == Table.KEYS) {
                // each key figure's note beside it, as each card of the page shows it
                head.createCell(NOTE).setCellValue(msg("analytics.note", locale));
                CellStyle wrapped = wb.createCellStyle();
                wrapped.setWrapText(true);
                sheet.setColumnWidth(NOTE, 60 * 256);
                for (Dashboard.KeyFigure k : d.keyFigures()) {
                    Row row = sheet.createRow(r++);
                    row(row, k.indicator().name(locale), k.indicator().code(), k.row(), number);
                    String keyNote = k.indicator().description(locale);
                    if (keyNote != null) {
                        var cell = row.createCell(NOTE);
                        cell.setCellValue(keyNote);
                        cell.setCellStyle(wrapped);
                    }
                }
            } else {
                List<AnalyticsRow> rows =
                        switch (table) {
                            case TREND -> d.trend();
                            case RANKING -> d.ranking();
                            default -> d.byChild();
                        };
                for (AnalyticsRow a : rows) {
                    row(sheet.createRow(r++), table == Table.TREND ? a.period() : a.unitName(), a.unit(), a, number);
                }
            }
            for (int i = 0; i < cols.length; i++) {
                sheet.autoSizeColumn(i);
            }
            wb.write(out);
        }
    }

    private static void row(Row row, String label, String code, AnalyticsRow a, CellStyle number) {
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(code);
        num(row, 2, a.value(), number);
        num(row, 3, a.target(), number);
        num(row, 4, a.achievement(), number);
    }

    private static void num(Row row, int col, BigDecimal v, CellStyle style) {
        if (v != null) {
            var cell = row.createCell(col);
            cell.setCellValue(v.doubleValue());
            cell.setCellStyle(style);
        }
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
