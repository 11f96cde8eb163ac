package vn.doanket.reports.generation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.doanket.reports.FigureTable;
import vn.doanket.reports.FigureTable.Format;
import vn.doanket.reports.Report;
import vn.doanket.reports.ReportSection;
import vn.doanket.reports.SectionFigure;

/**
 * The statistical annex (phụ lục số liệu): a summary sheet of the unit's figures with target, same
 * period last year and achievement, and one sheet per work area with its table by child unit.
 * Numbers are stored as numbers (so they add up in a spreadsheet) under formats in the Vietnamese
 * locale ([$-42A]), which writes 72.925.000 and 53,5.
 */
public final class XlsxRenderer {

    static final String COUNT_FORMAT = "[$-42A]#,##0";
    /** Shares are stored as fractions (0.914) under a real percent format, as spreadsheets expect. */
    static final String PERCENT_FORMAT = "[$-42A]0.0%";

    private XlsxRenderer() {}

    public static byte[] render(Report report) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            summary(wb, styles, report);
            for (ReportSection s : report.sections()) {
                if (s.table() != null) {
                    table(wb, styles, report, s);
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void summary(XSSFWorkbook wb, Styles styles, Report report) {
        Sheet sheet = wb.createSheet("Tổng hợp");
        int r = titles(
                sheet, styles, report, "PHỤ LỤC SỐ LIỆU " + report.summary().toUpperCase(OfficialHeader.VI));
        Row head = sheet.createRow(r++);
        String[] headers = {"TT", "Chỉ tiêu", "Kỳ báo cáo", "Chỉ tiêu giao", "Đạt (%)", "Cùng kỳ năm trước"};
        for (int c = 0; c < headers.length; c++) {
            text(head, c, headers[c], styles.header);
        }
        for (ReportSection s : report.sections()) {
            if (s.figures().isEmpty()) {
                continue;
            }
            Row group = sheet.createRow(r++);
            text(group, 0, Integer.toString(s.number()), styles.bold);
            text(group, 1, s.title(), styles.bold);
            int i = 1;
            for (SectionFigure f : s.figures()) {
                Row row = sheet.createRow(r++);
                text(row, 0, s.number() + "." + i++, styles.text);
                text(row, 1, f.label(), styles.text);
                number(row, 2, f.value(), f.format(), styles);
                number(row, 3, f.target(), f.format(), styles);
                Integer reached = Wording.achievementPercent(f.value(), f.target());
                number(row, 4, reached == null ? null : BigDecimal.valueOf(reached), Format.PERCENT, styles);
                number(row, 5, f.lastYear(), f.format(), styles);
            }
        }
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        for (int c = 2; c < headers.length; c++) {
            sheet.setColumnWidth(c, 18 * 256);
        }
    }

    private static void table(XSSFWorkbook wb, Styles styles, Report report, ReportSection s) {
        String name = WorkbookUtil.createSafeSheetName(s.number() + ". " + s.title());
        Sheet sheet = wb.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
        FigureTable t = s.table();
        int r = titles(sheet, styles, report, s.number() + ". " + s.title().toUpperCase(OfficialHeader.VI));
        Row head = sheet.createRow(r++);
        text(head, 0, "TT", styles.header);
        text(head, 1, "Đơn vị", styles.header);
        for (int c = 0; c < t.columns().size(); c++) {
            text(head, c + 2, t.columns().get(c).header(), styles.header);
        }
        int n = 1;
        for (FigureTable.Row row : t.rows()) {
            Row x = sheet.createRow(r++);
            text(x, 0, Integer.toString(n++), styles.text);
            cells(x, styles, t, row, styles.text);
        }
        Row total = sheet.createRow(r);
        text(total, 0, "", styles.bold);
        cells(total, styles, t, t.total(), styles.bold);
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 36 * 256);
        for (int c = 0; c < t.columns().size(); c++) {
            sheet.setColumnWidth(c + 2, 20 * 256);
        }
        sheet.createFreezePane(2, r - t.rows().size());
    }

    private static void cells(Row x, Styles styles, FigureTable t, FigureTable.Row row, CellStyle nameStyle) {
        text(x, 1, row.unitName(), nameStyle);
        for (int c = 0; c < row.cells().size(); c++) {
            number(x, c + 2, row.cells().get(c).value(), t.columns().get(c).format(), styles);
        }
    }

    private static int titles(Sheet sheet, Styles styles, Report report, String title) {
        text(sheet.createRow(0), 0, String.join(" ", report.issuingBody()), styles.bold);
        text(sheet.createRow(1), 0, title, styles.bold);
        text(sheet.createRow(2), 0, "Đơn vị: " + report.unitName() + " – Kỳ: " + report.periodLabel(), styles.text);
        return 4;
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        var cell = row.createCell(col);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int col, BigDecimal value, Format format, Styles styles) {
        var cell = row.createCell(col);
        if (value != null) {
            double v = value.doubleValue();
            cell.setCellValue(format == Format.PERCENT ? v / 100 : v);
        }
        cell.setCellStyle(styles.of(format));
    }

    private static final class Styles {
        final CellStyle text;
        final CellStyle bold;
        final CellStyle header;
        final Map<Format, CellStyle> numbers = new EnumMap<>(Format.class);

        Styles(XSSFWorkbook wb) {
            Font plain = font(wb, false);
            Font strong = font(wb, true);
            text = bordered(wb, plain);
            bold = bordered(wb, strong);
            header = bordered(wb, strong);
            header.setWrapText(true);
            var formats = wb.createDataFormat();
            for (Format f : Format.values()) {
                CellStyle s = bordered(wb, plain);
                s.setDataFormat(formats.getFormat(f == Format.PERCENT ? PERCENT_FORMAT : COUNT_FORMAT));
                numbers.put(f, s);
            }
        }

        CellStyle of(Format f) {
            return numbers.get(f);
        }

        private static Font font(XSSFWorkbook wb, boolean bold) {
            Font f = wb.createFont();
            f.setFontName(DocxRenderer.FONT);
            f.setFontHeightInPoints((short) 12);
            f.setBold(bold);
            return f;
        }

        private static CellStyle bordered(XSSFWorkbook wb, Font font) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
