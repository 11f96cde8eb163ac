package vn.doanket.indicators.web;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet's XML as it streams by, handing each row over as its cells' texts by column,
 * with whether each was a number. A template of every commune of the country is 230,000 rows and 150 MB
 * of XML: read whole into POI's workbook it was past POI's limit of 100 MB a part (the upload answered
 * "unreadable"), and took gigabytes where this takes a row at a time.
 *
 * <p>Texts follow what a reader of the sheet sees: shared and inline strings as written, booleans TRUE
 * and FALSE, a formula by its cached result, numbers as their plain decimal (no exponent, no trailing
 * zeros).
 */
final class XlsxSheetRows extends DefaultHandler {

    /** One cell's text, and whether Excel stored it as a number. */
    record Cell(String text, boolean numeric) {}

    /** One row: its number (1-based, as Excel shows it) and its cells by column index. */
    record Row(int number, Map<Integer, Cell> cells) {}

    private final SharedStrings strings;
    private final Consumer<Row> rows;
    private final StringBuilder text = new StringBuilder();
    private Map<Integer, Cell> cells = new TreeMap<>();
    private int rowNumber;
    private int nextColumn;
    private int column;
    private String type;
    private boolean collecting;
    private boolean inlineString;

    XlsxSheetRows(SharedStrings strings, Consumer<Row> rows) {
        this.strings = strings;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells = new TreeMap<>();
                nextColumn = 0;
            }
            case "c" -> {
                String ref = attributes.getValue("r");
                column = ref == null ? nextColumn : new CellReference(ref).getCol();
                nextColumn = column + 1;
                type = attributes.getValue("t");
                text.setLength(0);
                inlineString = false;
            }
            case "v" -> {
                collecting = true;
            }
            case "is" -> inlineString = true;
            case "t" -> collecting = inlineString;
            default -> {
                // formulas, rich-text runs' properties and the rest say nothing the upload reads
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> collecting = false;
            case "c" -> {
                Cell cell = cell(text.toString());
                if (cell != null) {
                    cells.put(column, cell);
                }
            }
            case "row" -> rows.accept(new Row(rowNumber, cells));
            default -> {
                // nothing to close
            }
        }
    }

    private Cell cell(String raw) {
        if (type == null || type.equals("n")) {
            // a number (or a formula's numeric result); a styled cell with no value is blank
            return raw.isEmpty() ? null : new Cell(plain(raw), true);
        }
        return switch (type) {
            case "s" ->
                raw.isEmpty()
                        ? null
                        : new Cell(
                                strings.getItemAt(Integer.parseInt(raw.strip())).getString(), false);
            case "b" -> new Cell("1".equals(raw.strip()) ? "TRUE" : "FALSE", false);
            // inline strings, formulas' text results and errors (#DIV/0!) are their text
            default -> new Cell(raw, false);
        };
    }

    private static String plain(String number) {
        try {
            return EntryQueries.plain(new BigDecimal(number.strip())).toPlainString();
        } catch (NumberFormatException e) {
            return number.strip();
        }
    }
}
