package vn.doanket.indicators.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import vn.doanket.indicators.DataValueInput;
import vn.doanket.indicators.NumberNotation;
import vn.doanket.platform.CsvRows;
import vn.doanket.platform.SheetSharedText;
import vn.doanket.platform.SheetXml;
import vn.doanket.platform.TextFolding;

/**
 * Reads the rows of an uploaded Excel workbook (our template, or any sheet with the same code
 * columns), our CSV, or DHIS2's dataValueSets CSV, into values by code. A blank value is skipped, so
 * an untouched template row never removes a stored figure.
 */
final class UploadReader {

    /** Field → accepted header names (folded: no diacritics, lower case). */
    static final Map<String, List<String>> HEADERS = Map.of(
            "unit", List.of("ma don vi", "unit", "orgunit"),
            "indicator", List.of("ma chi tieu", "indicator", "dataelement"),
            "option", List.of("ma nhom", "option", "categoryoptioncombo"),
            "period", List.of("ky", "ma ky", "period"),
            "value", List.of("gia tri", "value"),
            "comment", List.of("ghi chu", "comment"));

    /** The file could not be read at all; the message says why, in Vietnamese. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private UploadReader() {}

    /**
     * The rows of an Excel workbook with the code columns, sheet by sheet. A .xlsx file is read as it
     * streams (see {@link XlsxSheetRows}), so a national template comes back as easily as a commune's; an
     * old .xls is read whole.
     */
    static List<UploadRow> xlsx(InputStream in, Map<String, String> messages) throws Unreadable {
        java.nio.file.Path file = null;
        try {
            file = java.nio.file.Files.createTempFile("doanket-upload-", ".xlsx");
            java.nio.file.Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            FileMagic magic;
            try (InputStream head = FileMagic.prepareToCheckMagic(java.nio.file.Files.newInputStream(file))) {
                magic = FileMagic.valueOf(head);
            }
            if (magic != FileMagic.OOXML) {
                try (InputStream whole = java.nio.file.Files.newInputStream(file)) {
                    return workbook(whole, messages);
                }
            }
            List<UploadRow> rows = new ArrayList<>();
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                SheetSharedText strings = SheetSharedText.of(reader);
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                while (sheets.hasNext()) {
                    try (InputStream sheet = sheets.next()) {
                        SheetReading reading = new SheetReading(sheets.getSheetName(), rows);
                        XMLReader xml = SheetXml.reader();
                        xml.setContentHandler(new XlsxSheetRows(strings, reading::row));
                        xml.parse(new InputSource(sheet));
                    }
                }
            }
            return rows;
        } catch (IOException
                | RuntimeException
                | org.apache.poi.openxml4j.exceptions.OpenXML4JException
                | org.xml.sax.SAXException
                | javax.xml.parsers.ParserConfigurationException e) {
            throw new Unreadable(messages.get("xlsx"));
        } finally {
            if (file != null) {
                try {
                    java.nio.file.Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind is removed with the others by the system
                }
            }
        }
    }

    /** One sheet's rows as they stream by: its first row names the columns, or the sheet is not ours. */
    private static final class SheetReading {
        private final String sheet;
        private final List<UploadRow> out;
        private Map<String, Integer> columns;
        private Map<String, String> letters;
        private boolean ours = true;

        SheetReading(String sheet, List<UploadRow> out) {
            this.sheet = sheet;
            this.out = out;
        }

        void row(XlsxSheetRows.Row row) {
            if (!ours) {
                return;
            }
            if (columns == null) {
                columns = new HashMap<>();
                row.cells().forEach((i, c) -> field(c.text()).ifPresent(f -> columns.putIfAbsent(f, i)));
                ours = columns.keySet().containsAll(List.of("unit", "indicator", "value"));
                letters = new HashMap<>();
                columns.forEach((f, i) -> letters.put(f, CellReference.convertNumToColString(i)));
                return;
            }
            XlsxSheetRows.Cell valueCell = row.cells().get(columns.get("value"));
            String value = valueCell == null ? "" : valueCell.text().strip();
            if (value.isBlank()) {
                return;
            }
            boolean numeric = valueCell.numeric();
            out.add(new UploadRow(
                    new DataValueInput(
                            text(row, "indicator"),
                            text(row, "unit"),
                            text(row, "period"),
                            blankToNull(text(row, "option")),
                            value,
                            blankToNull(text(row, "comment")),
                            null,
                            numeric ? NumberNotation.PLAIN : NumberNotation.VIETNAMESE),
                    sheet,
                    row.number(),
                    letters));
        }

        private String text(XlsxSheetRows.Row row, String field) {
            Integer i = columns.get(field);
            XlsxSheetRows.Cell c = i == null ? null : row.cells().get(i);
            return c == null ? "" : c.text().strip();
        }
    }

    /** An old .xls workbook, read whole (POI has no streaming reader of it here). */
    private static List<UploadRow> workbook(InputStream in, Map<String, String> messages) throws Unreadable {
        List<UploadRow> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook wb = WorkbookFactory.create(in)) {
            for (Sheet sheet : wb) {
                Row header = sheet.getRow(sheet.getFirstRowNum());
                if (header == null) {
                    continue;
                }
                Map<String, Integer> columns = new HashMap<>();
                for (Cell c : header) {
                    field(formatter.formatCellValue(c)).ifPresent(f -> columns.putIfAbsent(f, c.getColumnIndex()));
                }
                if (!columns.keySet().containsAll(List.of("unit", "indicator", "value"))) {
                    continue;
                }
                Map<String, String> letters = new HashMap<>();
                columns.forEach((f, i) -> letters.put(f, CellReference.convertNumToColString(i)));
                for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    if (row == null) {
                        continue;
                    }
                    Cell valueCell = cell(row, columns.get("value"));
                    boolean numeric = valueCell != null && valueCell.getCellType() == CellType.NUMERIC;
                    String value = numeric
                            ? plain(BigDecimal.valueOf(valueCell.getNumericCellValue()))
                            : text(formatter, valueCell);
                    if (value.isBlank()) {
                        continue;
                    }
                    rows.add(new UploadRow(
                            new DataValueInput(
                                    text(formatter, cell(row, columns.get("indicator"))),
                                    text(formatter, cell(row, columns.get("unit"))),
                                    text(formatter, cell(row, columns.get("period"))),
                                    blankToNull(text(formatter, cell(row, columns.get("option")))),
                                    value,
                                    blankToNull(text(formatter, cell(row, columns.get("comment")))),
                                    null,
                                    numeric ? NumberNotation.PLAIN : NumberNotation.VIETNAMESE),
                            sheet.getSheetName(),
                            r + 1,
                            letters));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(messages.get("xlsx"));
        }
        return rows;
    }

    /** Our CSV (the template's columns) or DHIS2's CSV (dataelement, period, orgunit, …). */
    static List<UploadRow> csv(InputStream in, String fileName, String defaultPeriod, Map<String, String> messages)
            throws Unreadable {
        List<UploadRow> rows = new ArrayList<>();
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        List<String> header;
        Map<String, String> byField = new HashMap<>();
        boolean[] dhis2 = {false};
        List<CsvRows.Row> records = new ArrayList<>();
        try {
            header = CsvRows.read(reader, records::add);
        } catch (RuntimeException e) {
            throw new Unreadable(messages.get("csv"));
        }
        if (header == null) {
            throw new Unreadable(messages.get("csv"));
        }
        Map<String, String> letters = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "");
            final int index = i;
            field(name).ifPresent(f -> {
                byField.putIfAbsent(f, header.get(index));
                letters.putIfAbsent(f, CellReference.convertNumToColString(index) + " (" + name.strip() + ")");
            });
            if (TextFolding.fold(name).strip().equals("dataelement")) {
                dhis2[0] = true;
            }
        }
        if (!byField.keySet().containsAll(List.of("unit", "indicator", "value"))) {
            throw new Unreadable(messages.get("csv-columns"));
        }
        for (CsvRows.Row r : records) {
            String value = r.get(byField.get("value"));
            if (value.isBlank()) {
                continue;
            }
            String option = byField.containsKey("option") ? r.get(byField.get("option")) : "";
            if (dhis2[0] && (option.equalsIgnoreCase("default") || option.equals("HllvX50cXC0"))) {
                option = "";
            }
            String period = byField.containsKey("period") ? r.get(byField.get("period")) : defaultPeriod;
            rows.add(new UploadRow(
                    new DataValueInput(
                            r.get(byField.get("indicator")),
                            r.get(byField.get("unit")),
                            period,
                            blankToNull(option),
                            value,
                            byField.containsKey("comment") ? blankToNull(r.get(byField.get("comment"))) : null,
                            null,
                            dhis2[0] ? NumberNotation.PLAIN : NumberNotation.VIETNAMESE),
                    fileName,
                    r.line(),
                    letters));
        }
        return rows;
    }

    private static java.util.Optional<String> field(String header) {
        String folded = TextFolding.fold(header == null ? "" : header.replace("\uFEFF", ""))
                .strip()
                .replace('_', ' ');
        return HEADERS.entrySet().stream()
                .filter(e -> e.getValue().contains(folded))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static Cell cell(Row row, Integer column) {
        return column == null ? null : row.getCell(column);
    }

    private static String text(DataFormatter formatter, Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return plain(BigDecimal.valueOf(cell.getNumericCellValue()));
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static String plain(BigDecimal n) {
        return EntryQueries.plain(n).toPlainString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
