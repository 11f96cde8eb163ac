package vn.doanket.funds.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.doanket.platform.CsvRows;

/** The same bank layouts saved as Excel: read the same as their CSV, and bad workbooks refused by name. */
public class XlsxStatementsTests {

    final StatementParser parser = new StatementParser(List.of(new AgribankFormat(), new VietinbankFormat()));

    static byte[] sample(String name) {
        try (InputStream in = XlsxStatementsTests.class.getResourceAsStream("/reference/bank-statements/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String AGRIBANK = "agribank-1500201113838-20240901-20240912-part1.csv";
    static final String VIETINBANK = "vietinbank-111602391111-20240910-20240912-part1.csv";

    /**
     * Writes a CSV statement as a bank's Excel export would: two title rows, the header, then the rows;
     * with {@code typed} amounts are number cells ("#,##0") and dates/times date cells, otherwise text.
     */
    public static byte[] asXlsx(byte[] csv, boolean typed, String footer) {
        List<String> header = new ArrayList<>();
        List<CsvRows.Row> rows = new ArrayList<>();
        header.addAll(CsvRows.read(new StringReader(new String(csv, StandardCharsets.UTF_8)), rows::add));
        // typed cells are written by the streaming writer (inline strings, fast); text cells by the
        // ordinary one, whose strings go to the shared-strings part as Excel itself writes them
        try (org.apache.poi.ss.usermodel.Workbook wb =
                        typed ? new org.apache.poi.xssf.streaming.SXSSFWorkbook(200) : new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("Sao kê");
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle time = wb.createCellStyle();
            time.setDataFormat(wb.createDataFormat().getFormat("hh:mm:ss"));
            sheet.createRow(0).createCell(0).setCellValue("SAO KÊ TÀI KHOẢN");
            sheet.createRow(1).createCell(0).setCellValue("Số tài khoản: 1500201113838");
            Row h = sheet.createRow(3);
            for (int c = 0; c < header.size(); c++) {
                h.createCell(c).setCellValue(header.get(c));
            }
            int r = 4;
            for (CsvRows.Row row : rows) {
                Row x = sheet.createRow(r++);
                for (int c = 0; c < header.size(); c++) {
                    String name = header.get(c);
                    String v = row.get(name);
                    if (v.isEmpty()) {
                        continue;
                    }
                    var cell = x.createCell(c);
                    if (typed && name.endsWith("Amount") || typed && name.equals("Balance")) {
                        cell.setCellValue(Long.parseLong(v.replace(",", "")));
                        cell.setCellStyle(money);
                    } else if (typed && name.equals("Date")) {
                        cell.setCellValue(LocalDate.parse(v, DateTimeFormatter.ofPattern("dd/MM/yyyy")));
                        cell.setCellStyle(date);
                    } else if (typed && name.equals("Time")) {
                        cell.setCellValue(LocalTime.parse(v).toSecondOfDay() / 86400.0);
                        cell.setCellStyle(time);
                    } else {
                        cell.setCellValue(row.fields().get(name));
                    }
                }
            }
            if (footer != null) {
                sheet.createRow(r).createCell(0).setCellValue(footer);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertSameLines(List<StatementLine> xlsx, List<StatementLine> csv) {
        assertThat(xlsx).hasSameSizeAs(csv);
        for (int i = 0; i < csv.size(); i++) {
            StatementLine a = xlsx.get(i);
            StatementLine b = csv.get(i);
            assertThat(new Object[] {
                        a.seq(),
                        a.date(),
                        a.time(),
                        a.reference(),
                        a.credit(),
                        a.debit(),
                        a.balance(),
                        a.counterparty(),
                        a.details()
                    })
                    .as("line %d", i + 1)
                    .containsExactly(
                            b.seq(),
                            b.date(),
                            b.time(),
                            b.reference(),
                            b.credit(),
                            b.debit(),
                            b.balance(),
                            b.counterparty(),
                            b.details());
        }
    }

    @Test
    void readsTheAgribankSampleSavedAsExcelWithNumberAndDateCellsExactlyLikeItsCsv() {
        byte[] csv = sample(AGRIBANK);
        List<StatementLine> fromCsv = parser.parse("agribank", csv).lines();
        List<StatementLine> fromXlsx =
                parser.parse("agribank", asXlsx(csv, true, "Tổng cộng")).lines();

        assertThat(fromXlsx).hasSize(10_000);
        assertThat(fromXlsx.stream().mapToLong(StatementLine::credit).sum()).isEqualTo(5_239_216_855L);
        assertThat(fromXlsx.get(0).row()).isEqualTo(5);
        assertSameLines(fromXlsx, fromCsv);
    }

    @Test
    void readsVietinbankTextCellsWithLineBreaksLikeItsCsv() {
        byte[] csv = sample(VIETINBANK);
        assertSameLines(
                parser.parse("vietinbank", asXlsx(csv, false, null)).lines(),
                parser.parse("vietinbank", csv).lines());
    }

    @Test
    void namesTheSheetRowAndCellOfAnAmountThatIsNotANumber() {
        String csv = "Date,ReferenceNumber,TransactionDetails,DebitAmount,CreditAmount,Balance\n"
                + "09/09/2024,1375649,NGUYEN THI ANH ung ho,,\"500,000\",\"524,700\"\n"
                + "09/09/2024,1375650,LE VAN BA ung ho,,năm trăm nghìn,\"1,024,700\"\n";
        byte[] xlsx = asXlsx(csv.getBytes(StandardCharsets.UTF_8), false, null);

        assertThatThrownBy(() -> parser.parse("agribank", xlsx))
                .isInstanceOf(StatementException.class)
                .hasMessageStartingWith("Trang tính \"Sao kê\", dòng 6, ô E6: cột CreditAmount")
                .hasMessageContaining("\"năm trăm nghìn\" không phải là số tiền")
                .satisfies(e -> assertThat(english((StatementException) e))
                        .isEqualTo("Sheet \"Sao kê\", row 6, cell E6: column CreditAmount holds \"năm trăm nghìn\","
                                + " which is not an amount (write it like 1,234,567)."));
    }

    static String english(StatementException e) {
        return vn.doanket.platform.Messages.of(e.key().bundle(), java.util.Locale.ENGLISH)
                .get(e.key().key(), e.key().args());
    }

    @Test
    void refusesAnAmountWithFractionsOfADong() {
        String csv = "Date,ReferenceNumber,TransactionDetails,DebitAmount,CreditAmount,Balance\n"
                + "09/09/2024,1375649,NGUYEN THI ANH ung ho,,\"500,000\",\"524,700\"\n";
        byte[] xlsx = asXlsx(csv.getBytes(StandardCharsets.UTF_8), true, null);
        byte[] broken = withCell(xlsx, 4, 4, 500000.5);

        assertThatThrownBy(() -> parser.parse("agribank", broken))
                .hasMessageContaining("ô E5")
                .hasMessageContaining("500000.5");
    }

    @Test
    void refusesAWorkbookWithoutTheBanksColumns() {
        String csv = "Ngay,So tien,Noi dung\n09/09/2024,\"500,000\",ung ho\n";
        byte[] xlsx = asXlsx(csv.getBytes(StandardCharsets.UTF_8), false, null);

        assertThatThrownBy(() -> parser.parse("agribank", xlsx))
                .hasMessageContaining("không có bố cục sao kê agribank")
                .hasMessageContaining("Sao kê")
                .hasMessageContaining("ReferenceNumber");
    }

    @Test
    void refusesAZipThatIsNotAWorkbookAndTheOldXlsFormat() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("anh.jpg"));
            zip.write("not a picture".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> parser.parse("agribank", bytes.toByteArray()))
                .hasMessageContaining("không phải bảng tính Excel .xlsx");
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> parser.parse("agribank", xls)).hasMessageContaining(".xls");
        byte[] truncated = java.util.Arrays.copyOf(asXlsx(sample(VIETINBANK), false, null), 2_000);
        assertThatThrownBy(() -> parser.parse("vietinbank", truncated)).isInstanceOf(StatementException.class);
    }

    @Test
    void refusesAZipBombBeforeReadingIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
        }
        assertThat(bytes.size()).isLessThan(1024 * 1024);

        assertThatThrownBy(() -> parser.parse("agribank", bytes.toByteArray()))
                .isInstanceOf(StatementException.class)
                .hasMessageContaining("zip bomb");
    }

    static byte[] withCell(byte[] xlsx, int row, int col, double value) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.getSheetAt(0).getRow(row).getCell(col).setCellValue(value);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
