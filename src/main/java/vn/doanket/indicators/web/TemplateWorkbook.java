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
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doanket.indicators.DataValue;
import vn.doanket.indicators.Period;
import vn.doanket.indicators.ReportForm;
import vn.doanket.organization.Unit;
import vn.doanket.organization.UnitKind;
import vn.doanket.platform.DomainException;

/**
 * The Excel template of a form for a subtree: one row per unit and input, pre-filled with what is
 * stored. Code columns (unit, indicator, breakdown, period) are hidden; the upload maps rows back by
 * them, so the user may sort or delete rows freely.
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
            int r = 1;
            for (Unit u : units) {
                Map<String, DataValue> mine = values.getOrDefault(u.id(), Map.of());
                for (EntryFields.Column col : columns.get(u.kind())) {
                    Row row = sheet.createRow(r++);
                    textCell(row, 0, u.code(), text);
                    textCell(row, 1, u.fullName(), text);
                    textCell(row, 2, col.indicator().code(), text);
                    textCell(row, 3, col.indicator().name(locale), text);
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
            Sheet help = wb.createSheet(msg("transfer.help.sheet", locale));
            String[] lines = msg("transfer.help.text", locale).split("\\|");
            for (int i = 0; i < lines.length; i++) {
                help.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
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
