package vn.doanket.reports;

import java.math.BigDecimal;
import java.util.List;

/** A table of a work area's figures by child unit, with the subtree's total as the last row. */
public record FigureTable(List<Column> columns, List<Row> rows, Row total) {

    public FigureTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** How a column's numbers are written. */
    public enum Format {
        COUNT,
        MONEY,
        PERCENT
    }

    public record Column(String header, String indicator, Format format) {}

    public record Row(String unitCode, String unitName, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A figure (null when the unit reported none) as written, its analytics link and its entries' page. */
    public record Cell(BigDecimal value, String text, String link, String sources) {

        public Cell(BigDecimal value, String text, String link) {
            this(value, text, link, null);
        }
    }
}
