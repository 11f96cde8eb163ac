package vn.doanket.reports.generation;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import vn.doanket.reports.FigureTable;

/**
 * A figures table written as WordprocessingML text and parsed once. A province's annual report
 * holds nine tables over some 170 communes, ten thousand cells; building each cell through POI's
 * object model took seconds, writing the XML and parsing it takes a small fraction of that.
 */
final class TableXml {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private TableXml() {}

    static void append(XWPFDocument doc, FigureTable t, int[] widths) {
        StringBuilder x = new StringBuilder(256 * (t.rows().size() + 2) * widths.length);
        // XMLBeans reads the children of an xml-fragment root as the content of the parsed type.
        x.append("<xml-fragment xmlns:w=\"").append(W).append("\"><w:tblPr><w:tblW w:w=\"");
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        x.append(total).append("\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            x.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        x.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/>")
                .append("<w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/>")
                .append("</w:tblCellMar></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            x.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        x.append("</w:tblGrid>");
        x.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>");
        cell(x, widths[0], "TT", true, "center");
        cell(x, widths[1], "Đơn vị", true, "center");
        for (int c = 0; c < t.columns().size(); c++) {
            cell(x, widths[c + 2], t.columns().get(c).header(), true, "center");
        }
        x.append("</w:tr>");
        int n = 1;
        for (FigureTable.Row row : t.rows()) {
            row(x, widths, Integer.toString(n++), row, false);
        }
        row(x, widths, "", t.total(), true);
        x.append("</xml-fragment>");
        try {
            CTTbl parsed = CTTbl.Factory.parse(x.toString());
            doc.getDocument().getBody().addNewTbl().set(parsed);
        } catch (XmlException e) {
            throw new IllegalStateException("Bảng số liệu không tạo được: " + e.getMessage(), e);
        }
    }

    private static void row(StringBuilder x, int[] widths, String number, FigureTable.Row row, boolean bold) {
        x.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        cell(x, widths[0], number, bold, "center");
        cell(x, widths[1], row.unitName(), bold, "left");
        for (int c = 0; c < row.cells().size(); c++) {
            cell(x, widths[c + 2], row.cells().get(c).text(), bold, "right");
        }
        x.append("</w:tr>");
    }

    private static void cell(StringBuilder x, int width, String text, boolean bold, String align) {
        x.append("<w:tc><w:tcPr><w:tcW w:w=\"")
                .append(width)
                .append("\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr>")
                .append("<w:spacing w:before=\"20\" w:after=\"20\"/><w:jc w:val=\"")
                .append(align)
                .append("\"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii=\"")
                .append(DocxRenderer.FONT)
                .append("\" w:hAnsi=\"")
                .append(DocxRenderer.FONT)
                .append("\" w:cs=\"")
                .append(DocxRenderer.FONT)
                .append("\"/>");
        if (bold) {
            x.append("<w:b/>");
        }
        x.append("<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/></w:rPr><w:t xml:space=\"preserve\">");
        escape(x, text == null ? "" : text);
        x.append("</w:t></w:r></w:p></w:tc>");
    }

    private static void escape(StringBuilder x, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> x.append("&amp;");
                case '<' -> x.append("&lt;");
                case '>' -> x.append("&gt;");
                case '"' -> x.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        x.append(c);
                    }
                }
            }
        }
    }
}
