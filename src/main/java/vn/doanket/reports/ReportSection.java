package vn.doanket.reports;

import java.util.List;

/**
 * One work area of the report: the sentence stating the subtree's figures (as phrases, each figure
 * linked to the query behind it), the user's own text for this unit and period, and a table by
 * child unit when the unit has children with figures.
 *
 * @param key stable key of the work area ("supervision"), under which the user's text is kept
 * @param statement the figures sentence; empty when the period has no figures for this area
 * @param note the user's text, empty when none was written
 * @param figures the unit's figures behind the statement, for the annex
 * @param table the table by child unit, or null
 */
public record ReportSection(
        String key,
        int number,
        String title,
        List<Phrase> statement,
        String note,
        List<SectionFigure> figures,
        FigureTable table) {

    public ReportSection {
        statement = List.copyOf(statement);
        figures = List.copyOf(figures);
        note = note == null ? "" : note;
    }

    public boolean hasFigures() {
        return !statement.isEmpty();
    }

    /** The statement as plain text. */
    public String statementText() {
        StringBuilder sb = new StringBuilder();
        statement.forEach(p -> sb.append(p.text()));
        return sb.toString();
    }
}
