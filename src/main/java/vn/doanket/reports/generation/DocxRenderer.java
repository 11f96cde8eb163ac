package vn.doanket.reports.generation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.doanket.reports.FigureTable;
import vn.doanket.reports.Report;
import vn.doanket.reports.ReportSection;

/**
 * The report as a Word document in the format of Nghị định 30/2020/NĐ-CP: A4, Times New Roman,
 * margins 20 mm top and bottom, 30 mm left, 15 mm right; the issuing body top left with the number
 * under it, the national title and motto top right with a rule under the motto, place and date in
 * italics, title and abstract, body, the signer block beside the recipients.
 */
public final class DocxRenderer {

    static final String FONT = "Times New Roman";
    /** Twentieths of a point per millimetre. */
    static final double TWIPS_PER_MM = 1440 / 25.4;

    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = mm(20);
    static final int MARGIN_BOTTOM = mm(20);
    static final int MARGIN_LEFT = mm(30);
    static final int MARGIN_RIGHT = mm(15);
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    private DocxRenderer() {}

    public static byte[] render(Report report) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            header(doc, report.issuingBody(), report.number(), report.placeAndDate());
            title(doc, report);
            body(doc, report);
            signature(doc, report);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rounded up, so a margin is never a hair under the decree's minimum. */
    static int mm(double millimetres) {
        return (int) Math.ceil(millimetres * TWIPS_PER_MM);
    }

    static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(mm(10)));
        margins.setFooter(BigInteger.valueOf(mm(10)));
    }

    /** The decree's header: issuing body and number on the left, national title, motto and date on the right. */
    static void header(XWPFDocument doc, List<String> body, String number, String placeAndDate) {
        XWPFTable table = borderless(doc, 1, 2, new int[] {mm(62), TEXT_WIDTH - mm(62)});
        XWPFTableCell left = table.getRow(0).getCell(0);
        for (int i = 0; i < body.size(); i++) {
            XWPFParagraph p = i == 0 ? left.getParagraphs().get(0) : left.addParagraph();
            boolean last = i == body.size() - 1;
            line(p, ParagraphAlignment.CENTER, body.get(i), 13, last, false);
            if (last) {
                rule(p, mm(14));
            }
        }
        line(left.addParagraph(), ParagraphAlignment.CENTER, number, 13, false, false);

        XWPFTableCell right = table.getRow(0).getCell(1);
        line(
                right.getParagraphs().get(0),
                ParagraphAlignment.CENTER,
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                12,
                true,
                false);
        XWPFParagraph motto = right.addParagraph();
        line(motto, ParagraphAlignment.CENTER, "Độc lập - Tự do - Hạnh phúc", 13, true, false);
        rule(motto, mm(17));
        XWPFParagraph date = right.addParagraph();
        date.setSpacingBefore(120);
        line(date, ParagraphAlignment.CENTER, placeAndDate, 13, false, true);
    }

    /** A short horizontal rule under a paragraph, as the decree draws under the motto and the body's name. */
    private static void rule(XWPFParagraph p, int indent) {
        p.setBorderBottom(Borders.SINGLE);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
    }

    private static void title(XWPFDocument doc, Report report) {
        XWPFParagraph title = doc.createParagraph();
        title.setSpacingBefore(360);
        line(title, ParagraphAlignment.CENTER, report.title(), 14, true, false);
        XWPFParagraph summary = doc.createParagraph();
        summary.setSpacingAfter(240);
        line(summary, ParagraphAlignment.CENTER, report.summary(), 14, true, false);
    }

    private static void body(XWPFDocument doc, Report report) {
        report.introduction().lines().forEach(l -> text(doc, l, false));
        for (ReportSection s : report.sections()) {
            text(doc, s.number() + ". " + s.title(), true);
            if (!s.statement().isEmpty()) {
                text(doc, s.statementText(), false);
            }
            s.note().lines().filter(l -> !l.isBlank()).forEach(l -> text(doc, l.strip(), false));
            if (s.table() != null) {
                figures(doc, s.table());
            }
        }
    }

    static void text(XWPFDocument doc, String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setFirstLineIndent(mm(10));
        p.setSpacingAfter(120);
        p.setSpacingBetween(1.15);
        line(p, ParagraphAlignment.BOTH, text, 14, bold, false);
    }

    private static void figures(XWPFDocument doc, FigureTable t) {
        int cols = t.columns().size() + 2;
        int first = mm(10);
        int name = mm(45);
        int rest = (TEXT_WIDTH - first - name) / t.columns().size();
        int[] widths = new int[cols];
        widths[0] = first;
        widths[1] = name;
        for (int i = 2; i < cols; i++) {
            widths[i] = rest;
        }
        XWPFTable table = doc.createTable(t.rows().size() + 2, cols);
        table.setTableAlignment(TableRowAlign.CENTER);
        widths(table, widths);
        cell(table.getRow(0).getCell(0), "TT", true, ParagraphAlignment.CENTER);
        cell(table.getRow(0).getCell(1), "Đơn vị", true, ParagraphAlignment.CENTER);
        for (int c = 0; c < t.columns().size(); c++) {
            cell(table.getRow(0).getCell(c + 2), t.columns().get(c).header(), true, ParagraphAlignment.CENTER);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            row(table, r + 1, Integer.toString(r + 1), t.rows().get(r), false);
        }
        row(table, t.rows().size() + 1, "", t.total(), true);
        doc.createParagraph().setSpacingAfter(120);
    }

    private static void row(XWPFTable table, int index, String number, FigureTable.Row row, boolean bold) {
        var cells = table.getRow(index);
        cell(cells.getCell(0), number, bold, ParagraphAlignment.CENTER);
        cell(cells.getCell(1), row.unitName(), bold, ParagraphAlignment.LEFT);
        for (int c = 0; c < row.cells().size(); c++) {
            cell(cells.getCell(c + 2), row.cells().get(c).text(), bold, ParagraphAlignment.RIGHT);
        }
    }

    static void cell(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment align) {
        line(cell.getParagraphs().get(0), align, text, 11, bold, false);
    }

    private static void signature(XWPFDocument doc, Report report) {
        doc.createParagraph();
        XWPFTable table = borderless(doc, 1, 2, new int[] {TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2});
        XWPFTableCell left = table.getRow(0).getCell(0);
        line(left.getParagraphs().get(0), ParagraphAlignment.LEFT, "Nơi nhận:", 12, true, true);
        for (String r : report.recipients()) {
            line(left.addParagraph(), ParagraphAlignment.LEFT, r, 11, false, false);
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        Report.Signer signer = report.signer();
        line(right.getParagraphs().get(0), ParagraphAlignment.CENTER, signer.capacity(), 14, true, false);
        line(right.addParagraph(), ParagraphAlignment.CENTER, signer.title(), 14, true, false);
        for (int i = 0; i < 4; i++) {
            right.addParagraph();
        }
        String name = signer.name() == null || signer.name().isBlank() ? "" : signer.name();
        line(right.addParagraph(), ParagraphAlignment.CENTER, name, 14, true, false);
    }

    static XWPFTable borderless(XWPFDocument doc, int rows, int cols, int[] widths) {
        XWPFTable table = doc.createTable(rows, cols);
        table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        widths(table, widths);
        return table;
    }

    static void widths(XWPFTable table, int[] widths) {
        table.setWidth(Integer.toString(java.util.Arrays.stream(widths).sum()));
        var grid = table.getCTTbl().getTblGrid();
        if (grid == null) {
            grid = table.getCTTbl().addNewTblGrid();
        }
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (var row : table.getRows()) {
            for (int c = 0; c < widths.length && c < row.getTableCells().size(); c++) {
                row.getCell(c).setWidth(Integer.toString(widths[c]));
            }
        }
    }

    static void line(XWPFParagraph p, ParagraphAlignment align, String text, int size, boolean bold, boolean italic) {
        p.setAlignment(align);
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text == null ? "" : text);
    }
}
