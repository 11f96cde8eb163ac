package vn.doanket.reports.generation;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.doanket.reports.Report;

/** The generated files, opened again with POI and OpenPDF and checked for what a reader looks at. */
class GeneratedDocumentsTests {

    final Report report = SampleReports.haNoi();

    @Test
    void docxCarriesTheDecree30HeaderAndTheFigures() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRenderer.render(report)));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            XWPFTable header = doc.getTables().get(0);
            String left = header.getRow(0).getCell(0).getText();
            String right = header.getRow(0).getCell(1).getText();
            assertThat(left).contains("ỦY BAN MTTQ VIỆT NAM", "THÀNH PHỐ HÀ NỘI", "Số: 12/BC-MTTQ-BTT");
            assertThat(right)
                    .contains(
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Độc lập - Tự do - Hạnh phúc",
                            "Hà Nội, ngày 06 tháng 7 năm 2025");
            XWPFRun nationalTitle =
                    run(header.getRow(0).getCell(1).getParagraphs().get(0));
            assertThat(nationalTitle.isBold()).isTrue();
            assertThat(nationalTitle.getFontSizeAsDouble()).isBetween(12.0, 13.0);
            XWPFParagraph motto = header.getRow(0).getCell(1).getParagraphs().get(1);
            assertThat(run(motto).isBold()).isTrue();
            assertThat(run(motto).getFontSizeAsDouble()).isBetween(13.0, 14.0);
            assertThat(motto.getBorderBottom()).isEqualTo(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            XWPFParagraph date = header.getRow(0).getCell(1).getParagraphs().get(2);
            assertThat(run(date).isItalic()).isTrue();
            assertThat(run(date).getFontFamily()).isEqualTo("Times New Roman");

            String all = text.getText();
            assertThat(all)
                    .contains("BÁO CÁO")
                    .contains("Kết quả công tác Mặt trận 6 tháng đầu năm 2025")
                    .contains("hiến 54/44 đơn vị máu, đạt 123% chỉ tiêu")
                    .contains("tổng trị giá hơn 9,1 tỷ đồng")
                    .contains("72.925.000 đồng")
                    .contains("TM. BAN THƯỜNG TRỰC")
                    .contains("CHỦ TỊCH")
                    .contains("Nguyễn Văn An")
                    .contains("Nơi nhận:")
                    .contains("Phường Ba Đình")
                    .doesNotContain("null")
                    .doesNotContain("NaN");

            var sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(mm(sect.getPgMar().getTop())).isBetween(20.0, 25.0);
            assertThat(mm(sect.getPgMar().getBottom())).isBetween(20.0, 25.0);
            assertThat(mm(sect.getPgMar().getLeft())).isBetween(30.0, 35.0);
            assertThat(mm(sect.getPgMar().getRight())).isBetween(15.0, 20.0);
        }
    }

    @Test
    void xlsxAnnexHoldsTheFiguresAsNumbersWrittenTheVietnameseWay() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(XlsxRenderer.render(report)))) {
            var summary = wb.getSheet("Tổng hợp");
            assertThat(summary).isNotNull();
            List<String> cells = new ArrayList<>();
            DataFormatter formatter = new DataFormatter(java.util.Locale.forLanguageTag("vi-VN"));
            summary.forEach(row -> row.forEach(c -> cells.add(formatter.formatCellValue(c))));
            assertThat(cells).contains("Số đơn vị máu hiến được", "54", "44", "123,0%");
            boolean moneyAsNumber = false;
            for (var row : summary) {
                for (var c : row) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            && c.getNumericCellValue() == 9_123_456_789d) {
                        moneyAsNumber = true;
                        assertThat(c.getCellStyle().getDataFormatString()).isEqualTo(XlsxRenderer.COUNT_FORMAT);
                    }
                }
            }
            assertThat(moneyAsNumber).as("house value stored as a number").isTrue();
            assertThat(wb.getNumberOfSheets()).isGreaterThan(1);
            String tables = java.util.stream.IntStream.range(1, wb.getNumberOfSheets())
                    .mapToObj(wb::getSheetAt)
                    .map(s -> s.getSheetName())
                    .collect(Collectors.joining("|"));
            assertThat(tables).contains("Xây dựng nhà");
        }
    }

    @Test
    void pdfEmbedsAFontWithVietnameseLettersAndTheTextExtractsIntact() throws Exception {
        byte[] pdf = PdfRenderer.render(report);
        PdfReader reader = new PdfReader(pdf);
        try {
            boolean embedded = false;
            List<String> fonts = new ArrayList<>();
            for (int i = 1; i <= reader.getXrefSize(); i++) {
                PdfObject o = reader.getPdfObject(i);
                if (o instanceof PdfDictionary d && PdfName.FONTDESCRIPTOR.equals(d.get(PdfName.TYPE))) {
                    embedded |= d.get(PdfName.FONTFILE2) != null;
                    fonts.add(d.get(PdfName.FONTNAME).toString());
                }
            }
            assertThat(embedded).as("TrueType font file embedded").isTrue();
            assertThat(fonts).anyMatch(f -> f.contains("LiberationSerif"));
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            String all = text.toString();
            assertThat(all)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("ỦY BAN MTTQ VIỆT NAM")
                    .contains("Hà Nội, ngày 06 tháng 7 năm 2025")
                    .contains("đạt 123% chỉ tiêu");
        } finally {
            reader.close();
        }
    }

    static XWPFRun run(XWPFParagraph p) {
        return p.getRuns().get(0);
    }

    static double mm(Object twips) {
        return new java.math.BigDecimal(twips.toString()).doubleValue() * 25.4 / 1440;
    }
}
