package vn.doanket.funds.receipt;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.io.ByteArrayOutputStream;
import vn.doanket.platform.PdfFonts;

/**
 * A receipt as PDF, laid out like the .docx. Vietnamese letters need an embedded font that has
 * them: Liberation Serif (metric-compatible with Times New Roman, shipped in openpdf-fonts-extra),
 * embedded as a subset with Identity-H encoding so the PDF reads the same on any machine.
 */
public final class ReceiptPdf {

    private static final float MM = 72f / 25.4f;

    private ReceiptPdf() {}

    public static byte[] render(ReceiptContent r) {
        PdfFonts f = PdfFonts.serif();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(ReceiptContent.TITLE + " " + r.number());
            doc.open();
            header(doc, f, r);
            Paragraph title = centered(ReceiptContent.TITLE, f.bold(14));
            title.setSpacingBefore(18);
            doc.add(title);
            Paragraph subtitle = centered(r.subtitle(), f.bold(13));
            subtitle.setSpacingAfter(10);
            doc.add(subtitle);
            for (String[] line : r.lines()) {
                Paragraph p = new Paragraph();
                p.add(new Chunk(line[0], f.regular(13)));
                p.add(new Chunk(line[1], f.bold(13)));
                p.setSpacingAfter(4);
                doc.add(p);
            }
            Paragraph thanks = new Paragraph(r.thanks(), f.italic(13));
            thanks.setAlignment(Element.ALIGN_JUSTIFIED);
            thanks.setSpacingBefore(8);
            doc.add(thanks);
            signatures(doc, f, r);
        } catch (DocumentException e) {
            throw new IllegalStateException("Không tạo được tệp PDF giấy biên nhận: " + e.getMessage(), e);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    private static void header(Document doc, PdfFonts f, ReceiptContent r) {
        PdfPTable t = new PdfPTable(new float[] {40, 60});
        t.setWidthPercentage(100);
        PdfPCell left = plain();
        for (int i = 0; i < r.issuingBody().size(); i++) {
            boolean last = i == r.issuingBody().size() - 1;
            left.addElement(centered(r.issuingBody().get(i), last ? f.bold(12) : f.regular(12)));
            if (last) {
                left.addElement(rule(30));
            }
        }
        left.addElement(centered("Số: " + r.number(), f.regular(12)));
        PdfPCell right = plain();
        right.addElement(centered(ReceiptContent.NATION, f.bold(12)));
        right.addElement(centered(ReceiptContent.MOTTO, f.bold(13)));
        right.addElement(rule(45));
        Paragraph date = centered(r.placeAndDate(), f.italic(13));
        date.setSpacingBefore(6);
        right.addElement(date);
        t.addCell(left);
        t.addCell(right);
        doc.add(t);
    }

    private static void signatures(Document doc, PdfFonts f, ReceiptContent r) {
        PdfPTable t = new PdfPTable(2);
        t.setWidthPercentage(100);
        t.setSpacingBefore(16);
        t.addCell(signature(f, "NGƯỜI NỘP TIỀN", null));
        t.addCell(signature(f, "NGƯỜI LẬP BIÊN NHẬN", r.officer()));
        doc.add(t);
    }

    private static PdfPCell signature(PdfFonts f, String role, String name) {
        PdfPCell c = plain();
        c.addElement(centered(role, f.bold(13)));
        c.addElement(centered("(Ký, ghi rõ họ tên)", f.italic(12)));
        Paragraph n = centered(name == null ? "" : name, f.bold(13));
        n.setSpacingBefore(60);
        c.addElement(n);
        return c;
    }

    private static Chunk rule(float percent) {
        return new Chunk(new LineSeparator(0.7f, percent, null, Element.ALIGN_CENTER, -2));
    }

    private static PdfPCell plain() {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        return c;
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph p = new Paragraph(text == null ? "" : text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }
}
