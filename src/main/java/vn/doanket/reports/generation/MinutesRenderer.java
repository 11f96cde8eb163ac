package vn.doanket.reports.generation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.doanket.indicators.Period;
import vn.doanket.organization.Unit;
import vn.doanket.reports.Conference;

/** The minutes (biên bản) of a conference as .docx, in the same official layout as the reports. */
public final class MinutesRenderer {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private MinutesRenderer() {}

    public static byte[] render(Conference c, Unit unit) {
        OfficialHeader header = OfficialHeader.of(unit);
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxRenderer.page(doc);
            DocxRenderer.header(
                    doc,
                    header.issuingBody(),
                    "Số:      /BB-" + header.symbol(),
                    header.place() + ", " + Wording.documentDate(c.heldOn()));
            XWPFParagraph title = doc.createParagraph();
            title.setSpacingBefore(360);
            DocxRenderer.line(title, ParagraphAlignment.CENTER, "BIÊN BẢN", 14, true, false);
            XWPFParagraph summary = doc.createParagraph();
            summary.setSpacingAfter(240);
            DocxRenderer.line(summary, ParagraphAlignment.CENTER, c.kind().title(), 14, true, false);
            DocxRenderer.text(doc, "1. Thời gian, địa điểm", true);
            DocxRenderer.text(doc, "Ngày " + c.heldOn().format(DAY) + ", tại " + c.place() + ".", false);
            DocxRenderer.text(doc, "2. Chủ trì hội nghị", true);
            DocxRenderer.text(doc, c.chair(), false);
            DocxRenderer.text(doc, "3. Thành phần tham dự", true);
            lines(doc, c.attendees());
            DocxRenderer.text(doc, "4. Nội dung", true);
            if (c.reportPeriod() != null) {
                DocxRenderer.text(
                        doc,
                        "Hội nghị nghe Báo cáo kết quả công tác Mặt trận "
                                + ReportComposer.periodPhrase(Period.parse(c.reportPeriod())) + " của Ban Thường trực "
                                + header.committee() + ".",
                        false);
            }
            DocxRenderer.text(doc, "5. Kết luận của hội nghị", true);
            lines(doc, c.conclusions());
            DocxRenderer.text(doc, "6. Nhiệm vụ trọng tâm", true);
            if (c.tasks().isEmpty()) {
                DocxRenderer.text(doc, "Hội nghị không giao nhiệm vụ cụ thể.", false);
            } else {
                tasks(doc, c);
            }
            DocxRenderer.text(doc, "Biên bản được thông qua tại hội nghị.", false);
            signatures(doc, c);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void lines(XWPFDocument doc, String text) {
        if (text == null || text.isBlank()) {
            DocxRenderer.text(doc, "(Không ghi nhận.)", false);
            return;
        }
        text.lines().filter(l -> !l.isBlank()).forEach(l -> DocxRenderer.text(doc, l.strip(), false));
    }

    private static void tasks(XWPFDocument doc, Conference c) {
        int w = DocxRenderer.TEXT_WIDTH;
        int[] widths = {DocxRenderer.mm(10), w - DocxRenderer.mm(10 + 50 + 28), DocxRenderer.mm(50), DocxRenderer.mm(28)
        };
        XWPFTable t = doc.createTable(c.tasks().size() + 1, 4);
        t.setTableAlignment(TableRowAlign.CENTER);
        DocxRenderer.widths(t, widths);
        String[] head = {"TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"};
        for (int i = 0; i < head.length; i++) {
            DocxRenderer.cell(t.getRow(0).getCell(i), head[i], true, ParagraphAlignment.CENTER);
        }
        for (int r = 0; r < c.tasks().size(); r++) {
            Conference.Task task = c.tasks().get(r);
            var row = t.getRow(r + 1);
            DocxRenderer.cell(row.getCell(0), Integer.toString(r + 1), false, ParagraphAlignment.CENTER);
            DocxRenderer.cell(row.getCell(1), task.description(), false, ParagraphAlignment.LEFT);
            DocxRenderer.cell(row.getCell(2), task.ownerName(), false, ParagraphAlignment.LEFT);
            DocxRenderer.cell(row.getCell(3), task.dueOn().format(DAY), false, ParagraphAlignment.CENTER);
        }
        doc.createParagraph();
    }

    private static void signatures(XWPFDocument doc, Conference c) {
        int half = DocxRenderer.TEXT_WIDTH / 2;
        XWPFTable t = DocxRenderer.borderless(doc, 1, 2, new int[] {half, DocxRenderer.TEXT_WIDTH - half});
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        DocxRenderer.line(left.getParagraphs().get(0), ParagraphAlignment.CENTER, "THƯ KÝ HỘI NGHỊ", 14, true, false);
        DocxRenderer.line(right.getParagraphs().get(0), ParagraphAlignment.CENTER, "CHỦ TRÌ HỘI NGHỊ", 14, true, false);
        for (int i = 0; i < 4; i++) {
            left.addParagraph();
            right.addParagraph();
        }
        DocxRenderer.line(right.addParagraph(), ParagraphAlignment.CENTER, c.chair(), 14, true, false);
    }
}
