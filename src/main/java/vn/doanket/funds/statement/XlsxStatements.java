package vn.doanket.funds.statement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.doanket.platform.CsvRows;
import vn.doanket.platform.SheetSharedText;
import vn.doanket.platform.SheetXml;

/**
 * Reads a bank statement saved as Excel (.xlsx) into the same rows the CSV reader gives, so every
 * {@link StatementFormat} reads both without change. The workbook is streamed (SAX), never loaded
 * whole; before that, the zip is inflated once with a counter, so a zip bomb is refused before POI
 * touches it. Title rows above the header (bank name, account) are skipped: the header is the
 * first row, among the first {@value #HEADER_SEARCH_ROWS}, that has every column the format needs.
 * Every sheet with such a header is read, in workbook order; rows after a "Tổng cộng" footer are
 * not transactions. Numbers and dates are written back the way the CSV prints them (300000,
 * 10/09/2024, 12:01:29), so a cell that is not a whole number of đồng is refused like a bad CSV
 * field, with its sheet, row and cell named.
 */
final class XlsxStatements {

    static final int HEADER_SEARCH_ROWS = 30;
    /** Inflated size of the whole workbook; real statements of a million lines stay well under it. */
    static final long MAX_INFLATED_BYTES = 1024L * 1024 * 1024;
    /** Above this, an entry compressed more than {@link #MAX_RATIO} times is a bomb, not a spreadsheet. */
    static final long RATIO_GRACE_BYTES = 4L * 1024 * 1024;

    static final int MAX_RATIO = 200;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private XlsxStatements() {}

    /** A zip archive (.xlsx, .docx, …) starts with "PK\3\4". */
    static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** The old binary Excel (.xls) is an OLE2 compound file. */
    static boolean isOle2(byte[] content) {
        return content.length >= 8
                && (content[0] & 0xff) == 0xD0
                && (content[1] & 0xff) == 0xCF
                && (content[2] & 0xff) == 0x11
                && (content[3] & 0xff) == 0xE0;
    }

    static StatementParser.Parsed read(StatementFormat format, byte[] content) {
        checkInflatedSize(content);
        List<StatementLine> lines = new ArrayList<>();
        List<String> sheetsWithoutHeader = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            SheetSharedText strings = SheetSharedText.of(reader);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    SheetRows rows = new SheetRows(format, sheets.getSheetName(), lines);
                    XMLReader xml = SheetXml.reader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new CellText(), false));
                    xml.parse(new InputSource(sheet));
                    if (!rows.headerFound()) {
                        sheetsWithoutHeader.add(sheets.getSheetName());
                    }
                }
            }
        } catch (StatementException e) {
            throw e;
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IllegalArgumentException e) {
            throw notAWorkbook();
        } catch (IOException
                | OpenXML4JException
                | SAXException
                | ParserConfigurationException
                | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException
                | org.apache.poi.ooxml.POIXMLException e) {
            if (String.valueOf(e.getMessage())
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("zip bomb")) {
                throw bomb();
            }
            throw new StatementException("error.funds.statement.excel-unreadable", Amounts.abbreviate(e.getMessage()));
        }
        if (lines.isEmpty()) {
            if (!sheetsWithoutHeader.isEmpty()) {
                throw new StatementException(
                        "error.funds.statement.excel-no-header",
                        format.bank(),
                        String.join(", ", sheetsWithoutHeader),
                        String.join(", ", format.requiredColumns()),
                        HEADER_SEARCH_ROWS);
            }
            throw new StatementException("error.funds.statement.no-transactions");
        }
        return new StatementParser.Parsed(format, lines);
    }

    /**
     * Inflates every entry once, counting, and stops at the first sign of a zip bomb. Entries are
     * taken from the central directory (commons-compress; the JDK's stream reader refuses some valid
     * workbooks), and the inflated bytes are counted, not the sizes the archive claims.
     */
    static void checkInflatedSize(byte[] content) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
                .get()) {
            var entries = zip.getEntries();
            if (!entries.hasMoreElements()) {
                throw notAWorkbook();
            }
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                long compressed = Math.max(entry.getCompressedSize(), 1);
                long entrySize = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        entrySize += n;
                        total += n;
                        if (total > MAX_INFLATED_BYTES
                                || (entrySize > RATIO_GRACE_BYTES && entrySize / compressed > MAX_RATIO)) {
                            throw bomb();
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof StatementException s) {
                throw s;
            }
            throw notAWorkbook();
        }
    }

    private static StatementException bomb() {
        return new StatementException("error.funds.statement.zip-bomb", MAX_INFLATED_BYTES / (1024 * 1024), MAX_RATIO);
    }

    private static StatementException notAWorkbook() {
        return new StatementException("error.funds.statement.not-a-workbook");
    }

    /**
     * Numbers as the CSV prints them: whole numbers without grouping, others in plain decimals (which
     * {@link Amounts} then refuses, naming the cell); dates as dd/MM/yyyy and times as HH:mm:ss.
     */
    static final class CellText extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904);
                if (value < 1) {
                    return t.format(TIME);
                }
                boolean hasTime = value != Math.floor(value) && formatString != null && formatString.contains("h");
                return hasTime ? t.format(DATE) + " " + t.format(TIME) : t.format(DATE);
            }
            return plain(value);
        }

        static String plain(double value) {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return BigDecimal.valueOf(value).toPlainString();
        }
    }

    /** Collects one sheet's rows into statement lines, from the header row on. */
    static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final StatementFormat format;
        private final String sheet;
        private final List<StatementLine> lines;
        private final Map<Integer, String> cells = new HashMap<>();
        private Map<Integer, String> header;
        private boolean ended;
        private int rowsSeen;

        SheetRows(StatementFormat format, String sheet, List<StatementLine> lines) {
            this.format = format;
            this.sheet = sheet;
            this.lines = lines;
        }

        boolean headerFound() {
            return header != null;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (reference != null && value != null) {
                cells.put(column(reference), value);
            }
        }

        @Override
        public void endRow(int rowNum) {
            rowsSeen++;
            if (ended || cells.values().stream().allMatch(String::isBlank)) {
                return;
            }
            if (header == null) {
                if (rowsSeen <= HEADER_SEARCH_ROWS
                        && cells.values().stream().map(String::strip).toList().containsAll(format.requiredColumns())) {
                    header = new HashMap<>();
                    cells.forEach((col, name) -> header.put(col, name.strip()));
                }
                return;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            header.forEach((col, name) -> fields.put(name, cells.getOrDefault(col, "")));
            if (isFooter(fields)) {
                ended = true;
                return;
            }
            int excelRow = rowNum + 1;
            try {
                lines.add(format.parse(new CsvRows.Row(excelRow, fields, fields.size()), lines.size() + 1));
            } catch (StatementException e) {
                throw e.inSheet(sheet, column -> cell(column, excelRow));
            }
        }

        /** "H12" → 7: the letters of a cell reference as a 0-based column number. */
        static int column(String reference) {
            int col = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                col = col * 26 + (c - 'A' + 1);
            }
            return col - 1;
        }

        /** "Tổng cộng", "Cộng phát sinh", "Số dư cuối kỳ", "Total" below the last transaction. */
        private boolean isFooter(Map<String, String> fields) {
            String date = fields.getOrDefault("Date", "").strip();
            if (!date.isEmpty() && Character.isDigit(date.charAt(0))) {
                return false;
            }
            return cells.values().stream()
                    .map(v -> vn.doanket.platform.TextFolding.fold(v))
                    .anyMatch(v -> v.startsWith("tong cong")
                            || v.startsWith("cong phat sinh")
                            || v.startsWith("so du cuoi")
                            || v.startsWith("total"));
        }

        /** The cell of the header's column {@code name} in a row ("CreditAmount", 7 → "H7"), or null. */
        private String cell(String name, int excelRow) {
            for (Map.Entry<Integer, String> h : header.entrySet()) {
                if (h.getValue().equals(name)) {
                    return CellReference.convertNumToColString(h.getKey()) + excelRow;
                }
            }
            return null;
        }
    }
}
