package vn.doanket.reports.generation;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.io.ByteArrayOutputStream;
import vn.doanket.platform.PdfFonts;
import vn.doanket.reports.FigureTable;
import vn.doanket.reports.Report;
import vn.doanket.reports.ReportSection;

/**
 * The report as PDF, laid out like the .docx. Vietnamese letters need a font that has them and is
 * embedded, so the PDF reads the same on any machine: Liberation Serif (metric-compatible with Times
 * New Roman) from the openpdf-fonts-extra artifact, embedded as a subset with Identity-H encoding.
 */
public final class PdfRenderer {

    private static final float MM = 72f / 25.4f;

    private PdfRenderer() {}

    public static byte[] render(Report report) {
        PdfFonts f = PdfFonts.serif();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(report.title() + " " + report.summary());
            doc.open();
            header(doc, f, report);
            Paragraph title = new Paragraph(report.title(), f.bold(14));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingBefore(14);
            doc.add(title);
            Paragraph summary = new Paragraph(report.summary(), f.bold(14));
            summary.setAlignment(Element.ALIGN_CENTER);
            summary.setSpacingAfter(12);
            doc.add(summary);
            report.introduction().lines().forEach(l -> body(doc, l, f.regular(13)));
            for (ReportSection s : report.sections()) {
                body(doc, s.number() + ". " + s.title(), f.bold(13));
                if (!s.statement().isEmpty()) {
                    body(doc, s.statementText(), f.regular(13));
                }
                s.note().lines().filter(l -> !l.isBlank()).forEach(l -> body(doc, l.strip(), f.regular(13)));
                if (s.table() != null) {
                    doc.add(table(f, s.table()));
                }
            }
            signature(doc, f, report);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF không tạo được: " + e.getMessage(), e);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    private static void header(Document doc, PdfFonts f, Report report) {
        PdfPTable t = new PdfPTable(new float[] {40, 60});
        t.setWidthPercentage(100);
        PdfPCell left = plain();
        for (int i = 0; i < report.issuingBody().size(); i++) {
            boolean last = i == report.issuingBody().size() - 1;
            left.addElement(centered(report.issuingBody().get(i), last ? f.bold(12) : f.regular(12)));
            if (last) {
                left.addElement(rule(30));
            }
        }
        left.addElement(centered(report.number(), f.regular(12)));
        PdfPCell right = plain();
        right.addElement(centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", f.bold(12)));
        right.addElement(centered("Độc lập - Tự do - Hạnh phúc", f.bold(13)));
        right.addElement(rule(45));
        Paragraph date = centered(report.placeAndDate(), f.italic(13));
        date.setSpacingBefore(6);
        right.addElement(date);
        t.addCell(left);
        t.addCell(right);
        doc.add(t);
    }

    private static Chunk rule(float percent) {
        return new Chunk(new LineSeparator(0.7f, percent, null, Element.ALIGN_CENTER, -2));
    }

    private static void body(Document doc, String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(10 * MM);
        p.setSpacingAfter(4);
        p.setLeading(font.getSize() * 1.3f);
        doc.add(p);
    }

    private static PdfPTable table(PdfFonts f, FigureTable t) {
        float[] widths = new float[t.columns().size() + 2];
        widths[0] = 6;
        widths[1] = 30;
        for (int i = 2; i < widths.length; i++) {
            widths[i] = 64f / t.columns().size();
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        cell(table, "TT", f.bold(10), Element.ALIGN_CENTER);
        cell(table, "Đơn vị", f.bold(10), Element.ALIGN_CENTER);
        t.columns().forEach(c -> cell(table, c.header(), f.bold(10), Element.ALIGN_CENTER));
        int n = 1;
        for (FigureTable.Row row : t.rows()) {
            cell(table, Integer.toString(n++), f.regular(10), Element.ALIGN_CENTER);
            cell(table, row.unitName(), f.regular(10), Element.ALIGN_LEFT);
            row.cells().forEach(c -> cell(table, c.text(), f.regular(10), Element.ALIGN_RIGHT));
        }
        cell(table, "", f.bold(10), Element.ALIGN_CENTER);
        cell(table, t.total().unitName(), f.bold(10), Element.ALIGN_LEFT);
        t.total().cells().forEach(c -> cell(table, c.text(), f.bold(10), Element.ALIGN_RIGHT));
        return table;
    }

    private static void cell(PdfPTable table, String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setHorizontalAlignment(align);
        c.setPadding(3);
        table.addCell(c);
    }

    private static void signature(Document doc, PdfFonts f, Report report) {
        PdfPTable t = new PdfPTable(new float[] {50, 50});
        t.setWidthPercentage(100);
        t.setSpacingBefore(14);
        PdfPCell left = plain();
        left.addElement(new Paragraph("Nơi nhận:", f.boldItalic(12)));
        report.recipients().forEach(r -> left.addElement(new Paragraph(r, f.regular(11))));
        PdfPCell right = plain();
        right.addElement(centered(report.signer().capacity(), f.bold(13)));
        right.addElement(centered(report.signer().title(), f.bold(13)));
        Paragraph name = centered(report.signer().name(), f.bold(13));
        name.setSpacingBefore(60);
        right.addElement(name);
        t.addCell(left);
        t.addCell(right);
        doc.add(t);
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
