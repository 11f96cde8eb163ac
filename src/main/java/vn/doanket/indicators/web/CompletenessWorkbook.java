package vn.doanket.indicators.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doanket.indicators.Completeness;
import vn.doanket.indicators.CompletenessBranch;
import vn.doanket.indicators.SubmissionStatus;
import vn.doanket.indicators.UnitCompleteness;

/**
 * The whole completeness list of a unit as an .xlsx sheet: every expected unit with the branch it lies
 * under, its status and whether it reported on time, missing units first so the reminder list is the top
 * of the sheet. Streamed: a national list of residential areas has some 92,000 rows.
 */
@Component
class CompletenessWorkbook {

    private final MessageSource messages;

    CompletenessWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(Completeness c, String title, Locale locale, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(500);
        try (wb) {
            Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(msg("completeness.title", locale)));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row top = sheet.createRow(0);
            top.createCell(0).setCellValue(title);
            top.getCell(0).setCellStyle(bold);
            sheet.createRow(1)
                    .createCell(0)
                    .setCellValue(msg(
                            "completeness.sheet.counts",
                            locale,
                            c.expected(),
                            c.submitted(),
                            c.onTime(),
                            c.expected() - c.submitted()));
            String[] head = {
                msg("completeness.sheet.code", locale),
                msg("dataentry.unit", locale),
                msg("completeness.sheet.branch", locale),
                msg("review.status", locale),
                msg("completeness.on-time", locale)
            };
            Row h = sheet.createRow(3);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
                h.getCell(i).setCellStyle(bold);
            }
            Map<String, String> branchNames = new HashMap<>();
            for (CompletenessBranch b : c.branches()) {
                branchNames.put(b.unitCode(), b.unitName());
            }
            String yes = msg("dataentry.yes", locale);
            String no = msg("dataentry.no", locale);
            int r = 4;
            for (boolean missing : new boolean[] {true, false}) {
                for (UnitCompleteness u : c.units()) {
                    if ((u.status() == SubmissionStatus.NOT_SUBMITTED) != missing) {
                        continue;
                    }
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(u.unitCode());
                    row.createCell(1).setCellValue(u.unitName());
                    // a child of the listed unit is its own branch: nothing to add
                    boolean under = u.branch() != null && !u.branch().equals(u.unitCode());
                    row.createCell(2).setCellValue(under ? branchNames.getOrDefault(u.branch(), u.branch()) : "");
                    row.createCell(3)
                            .setCellValue(msg("review.status." + u.status().name(), locale));
                    row.createCell(4).setCellValue(u.onTime() ? yes : no);
                }
            }
            int[] widths = {14, 48, 36, 16, 10};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            wb.write(out);
        } finally {
            wb.dispose();
        }
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
