package vn.doanket.indicators.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doanket.indicators.DataValue;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.Period;
import vn.doanket.indicators.ReportForm;
import vn.doanket.organization.Unit;
import vn.doanket.organization.UnitKind;
import vn.doanket.platform.DomainException;

/**
 * The Excel template of a form for a subtree: one row per unit and input, pre-filled with what is
 * stored. Code columns (unit, indicator, breakdown, period) are hidden; the upload maps rows back by
 * them, so the user may sort or delete rows freely. An indicator's note (how to count it) is a comment on
 * its name cell and a line of the help sheet, in the downloader's language: the upload reads neither.
 */
@Component
class TemplateWorkbook {

    static final String SHEET = "So lieu";

    /**
     * The most rows a template holds: what one sheet of Excel can (1,048,576 with the header). Every
     * commune of the country with the quarterly form is some 230,000; a national template of the
     * residential areas' form would be well over a million, and is refused with a message that says to
     * take one province's or commune's.
     */
    static final int MAX_ROWS = 1_048_575;

    /**
     * The most notes a template carries as comments. POI holds each comment (some 4 KB) until the file
     * is written, and a national template of the communes' form has 230,000 rows: 10,000 comments cost
     * some 40 MB and a few seconds. A province's template of that form stays noted on every row (Hà
     * Nội's needs some 250 with the seeded notes); past the limit only the first units' rows carry them,
     * and the help sheet lists every note whatever the template's size.
     */
    static final int MAX_NOTES = 10_000;
    /** Header texts the reader recognises; the visible headers are translated. */
    private static final String[] CODE_HEADERS = {"Mã đơn vị", "Mã chỉ tiêu", "Mã nhóm", "Kỳ"};

    private final EntryFields fields;
    private final EntryQueries queries;
    private final MessageSource messages;

    TemplateWorkbook(EntryFields fields, EntryQueries queries, MessageSource messages) {
        this.fields = fields;
        this.queries = queries;
        this.messages = messages;
    }

    byte[] write(ReportForm form, List<Unit> units, Period period, Unit root, Locale locale) {
        // the inputs of each level once, not once per unit
        Map<UnitKind, List<EntryFields.Column>> columns = new EnumMap<>(UnitKind.class);
        long rows = 0;
        for (Unit u : units) {
            rows += columns.computeIfAbsent(u.kind(), k -> fields.columns(form, k))
                    .size();
        }
        if (rows > MAX_ROWS) {
            throw new DomainException(
                    "ind.template-too-large",
                    422,
                    messages.getMessage(
                            "transfer.too-large",
                            new Object[] {root.fullName(), form.name(locale), rows, units.size(), MAX_ROWS},
                            locale),
                    root.code(),
                    form.code());
        }
        Map<Long, Map<String, DataValue>> values = queries.values(units, period);
        // streamed: rows go to a temporary file as they are made, so 230,000 of them take seconds, not minutes
        SXSSFWorkbook wb = new SXSSFWorkbook(500);
        try (wb;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SHEET);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            String[] headers = {
                CODE_HEADERS[0],
                msg("transfer.col.unit", locale),
                CODE_HEADERS[1],
                msg("transfer.col.indicator", locale),
                CODE_HEADERS[2],
                msg("transfer.col.option", locale),
                msg("transfer.col.uom", locale),
                CODE_HEADERS[3],
                "Giá trị",
                "Ghi chú"
            };
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                Cell c = head.createCell(i);
                c.setCellValue(headers[i]);
                c.setCellStyle(bold);
            }
            NoteComments notes = new NoteComments(sheet, msg("app.name", locale));
            int r = 1;
            for (Unit u : units) {
                Map<String, DataValue> mine = values.getOrDefault(u.id(), Map.of());
                for (EntryFields.Column col : columns.get(u.kind())) {
                    Row row = sheet.createRow(r++);
                    textCell(row, 0, u.code(), text);
                    textCell(row, 1, u.fullName(), text);
                    textCell(row, 2, col.indicator().code(), text);
                    textCell(row, 3, col.indicator().name(locale), text);
                    notes.add(row.getCell(3), col.indicator().description(locale));
                    textCell(row, 4, col.option(), text);
                    textCell(row, 5, col.optionName() == null ? "" : col.optionName(), text);
                    textCell(row, 6, col.indicator().unitOfMeasure(locale), text);
                    textCell(row, 7, period.id(), text);
                    DataValue v = mine.get(col.key());
                    if (v != null && v.number() != null) {
                        row.createCell(8).setCellValue(v.number().doubleValue());
                    } else if (v != null) {
                        textCell(row, 8, v.display(), text);
                    }
                    if (v != null && v.comment() != null) {
                        textCell(row, 9, v.comment(), text);
                    }
                }
            }
            for (int i : new int[] {1, 3, 5, 9}) {
                sheet.setColumnWidth(i, 40 * 256);
            }
            for (int i : new int[] {0, 2, 4, 7}) {
                sheet.setColumnHidden(i, true);
            }
            sheet.createFreezePane(0, 1);
            help(wb.createSheet(msg("transfer.help.sheet", locale)), columns, bold, locale);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
        }
    }

    /** The instructions, then each noted indicator of the template with its note. */
    private void help(Sheet help, Map<UnitKind, List<EntryFields.Column>> columns, CellStyle bold, Locale locale) {
        String[] lines = msg("transfer.help.text", locale).split("\\|");
        int r = 0;
        for (String line : lines) {
            help.createRow(r++).createCell(0).setCellValue(line);
        }
        List<Indicator> noted = IndicatorNotes.of(
                columns.values().stream().flatMap(List::stream).map(EntryFields.Column::indicator), locale);
        if (noted.isEmpty()) {
            return;
        }
        r++;
        Cell heading = help.createRow(r++).createCell(0);
        heading.setCellValue(msg("transfer.help.notes", locale));
        heading.setCellStyle(bold);
        for (Indicator i : noted) {
            Row row = help.createRow(r++);
            row.createCell(0).setCellValue(i.name(locale));
            row.createCell(1).setCellValue(i.description(locale));
        }
        help.setColumnWidth(0, 50 * 256);
        help.setColumnWidth(1, 100 * 256);
    }

    /**
     * Notes as comments on the indicator's name cell, shown when the pointer rests on it (a red corner
     * marks them), up to {@link #MAX_NOTES}. The box opens over the breakdown and unit columns beside the
     * name, tall enough for the note.
     */
    private static final class NoteComments {
        private static final int BOX_FROM_COLUMN = 5;
        private static final int BOX_TO_COLUMN = 7;
        private static final int CHARACTERS_A_LINE = 45;

        private final Sheet sheet;
        private final String author;
        private Drawing<?> drawing;
        private int written;

        NoteComments(Sheet sheet, String author) {
            this.sheet = sheet;
            this.author = author;
        }

        void add(Cell cell, String note) {
            if (note == null || written >= MAX_NOTES) {
                return;
            }
            if (drawing == null) {
                // made on the first note only: a template without notes stays as it was
                drawing = sheet.createDrawingPatriarch();
            }
            var helper = sheet.getWorkbook().getCreationHelper();
            ClientAnchor anchor = helper.createClientAnchor();
            anchor.setCol1(BOX_FROM_COLUMN);
            anchor.setCol2(BOX_TO_COLUMN);
            anchor.setRow1(cell.getRowIndex());
            anchor.setRow2(cell.getRowIndex() + 2 + note.length() / CHARACTERS_A_LINE);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(helper.createRichTextString(note));
            comment.setAuthor(author);
            // a streamed cell keeps the comment without moving it there: the anchor's corner is its cell
            comment.setAddress(cell.getAddress());
            cell.setCellComment(comment);
            written++;
        }
    }

    private static void textCell(Row row, int i, String value, CellStyle style) {
        Cell c = row.createCell(i);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(style);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
