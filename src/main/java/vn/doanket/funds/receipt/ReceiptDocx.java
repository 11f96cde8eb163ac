package vn.doanket.funds.receipt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A receipt as .docx, A4 with the margins of Decree 30/2020 (top 20 mm, bottom 20, left 30, right
 * 15), Times New Roman: the committee top left, the national title and motto top right.
 */
public final class ReceiptDocx {

    private static final String FONT = "Times New Roman";
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int TEXT_WIDTH = PAGE_WIDTH - mm(30) - mm(15);

    private ReceiptDocx() {}

    public static byte[] render(ReceiptContent r) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            header(doc, r);
            XWPFParagraph title = doc.createParagraph();
            title.setSpacingBefore(360);
            run(title, ParagraphAlignment.CENTER, ReceiptContent.TITLE, 14, true, false);
            run(doc.createParagraph(), ParagraphAlignment.CENTER, r.subtitle(), 13, true, false);
            for (String[] line : r.lines()) {
                XWPFParagraph p = doc.createParagraph();
                p.setSpacingBefore(80);
                run(p, ParagraphAlignment.LEFT, line[0], 13, false, false);
                run(p, ParagraphAlignment.LEFT, line[1], 13, true, false);
            }
            XWPFParagraph thanks = doc.createParagraph();
            thanks.setSpacingBefore(160);
            run(thanks, ParagraphAlignment.BOTH, r.thanks(), 13, false, true);
            signatures(doc, r);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(XWPFDocument doc, ReceiptContent r) {
        XWPFTable table = borderless(doc, new int[] {mm(62), TEXT_WIDTH - mm(62)});
        XWPFTableCell left = table.getRow(0).getCell(0);
        for (int i = 0; i < r.issuingBody().size(); i++) {
            XWPFParagraph p = i == 0 ? left.getParagraphs().get(0) : left.addParagraph();
            boolean last = i == r.issuingBody().size() - 1;
            run(p, ParagraphAlignment.CENTER, r.issuingBody().get(i), 13, last, false);
            if (last) {
                rule(p, mm(14));
            }
        }
        run(left.addParagraph(), ParagraphAlignment.CENTER, "Số: " + r.number(), 13, false, false);
        XWPFTableCell right = table.getRow(0).getCell(1);
        run(right.getParagraphs().get(0), ParagraphAlignment.CENTER, ReceiptContent.NATION, 12, true, false);
        XWPFParagraph motto = right.addParagraph();
        run(motto, ParagraphAlignment.CENTER, ReceiptContent.MOTTO, 13, true, false);
        rule(motto, mm(17));
        XWPFParagraph date = right.addParagraph();
        date.setSpacingBefore(120);
        run(date, ParagraphAlignment.CENTER, r.placeAndDate(), 13, false, true);
    }

    private static void signatures(XWPFDocument doc, ReceiptContent r) {
        doc.createParagraph();
        XWPFTable table = borderless(doc, new int[] {TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2});
        signature(table.getRow(0).getCell(0), "NGƯỜI NỘP TIỀN", null);
        signature(table.getRow(0).getCell(1), "NGƯỜI LẬP BIÊN NHẬN", r.officer());
    }

    private static void signature(XWPFTableCell cell, String role, String name) {
        run(cell.getParagraphs().get(0), ParagraphAlignment.CENTER, role, 13, true, false);
        run(cell.addParagraph(), ParagraphAlignment.CENTER, "(Ký, ghi rõ họ tên)", 13, false, true);
        XWPFParagraph n = cell.addParagraph();
        n.setSpacingBefore(1200);
        run(n, ParagraphAlignment.CENTER, name == null ? "" : name, 13, true, false);
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(mm(20)));
        margins.setBottom(BigInteger.valueOf(mm(20)));
        margins.setLeft(BigInteger.valueOf(mm(30)));
        margins.setRight(BigInteger.valueOf(mm(15)));
    }

    private static XWPFTable borderless(XWPFDocument doc, int[] widths) {
        XWPFTable table = doc.createTable(1, widths.length);
        table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setWidth(Integer.toString(java.util.Arrays.stream(widths).sum()));
        var grid = table.getCTTbl().getTblGrid();
        if (grid == null) {
            grid = table.getCTTbl().addNewTblGrid();
        }
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < widths.length; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[c]));
            table.getRow(0).getCell(c).setWidth(Integer.toString(widths[c]));
        }
        return table;
    }

    /** A short rule under the paragraph, as the decree draws under the motto and the committee's name. */
    private static void rule(XWPFParagraph p, int indent) {
        p.setBorderBottom(Borders.SINGLE);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
    }

    private static void run(
            XWPFParagraph p, ParagraphAlignment align, String text, int size, boolean bold, boolean italic) {
        p.setAlignment(align);
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text == null ? "" : text);
    }

    private static int mm(double millimetres) {
        return (int) Math.ceil(millimetres * TWIPS_PER_MM);
    }
}
