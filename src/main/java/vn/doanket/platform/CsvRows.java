package vn.doanket.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A small RFC 4180 reader (quotes, doubled quotes, line breaks inside quotes) that keeps the line
 * number of every record, so an import can name the row it rejects.
 */
public final class CsvRows {

    /** One record: its first line number in the file (the header is line 1) and its fields by header name. */
    public record Row(int line, Map<String, String> fields, int fieldCount) {
        public String get(String column) {
            String v = fields.get(column);
            return v == null ? "" : v.strip();
        }
    }

    private CsvRows() {}

    /** Reads every record after the header, in file order, and returns the header. */
    public static List<String> read(Reader in, Consumer<Row> onRow) {
        char[] text = readAll(in);
        return read(text, text.length, onRow);
    }

    /** The same over text already in memory (its first {@code length} chars), without copying it. */
    public static List<String> read(char[] text, int length, Consumer<Row> onRow) {
        List<String> header = null;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        boolean any = false;
        for (int i = 0; i < length; i++) {
            char ch = text[i];
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < length && text[i + 1] == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else if (ch == '\n') {
                    line++;
                    field.append(ch);
                } else {
                    // up to the next quote or line break at once
                    int end = i + 1;
                    while (end < length && text[end] != '"' && text[end] != '\n') {
                        end++;
                    }
                    field.append(text, i, end - i);
                    i = end - 1;
                }
                continue;
            }
            if (field.isEmpty() && ch != '"' && ch != ',' && ch != '\r' && ch != '\n' && ch != '\uFEFF') {
                // a plain field: its characters up to the next comma or line break, appended at once
                int end = i + 1;
                while (end < length && text[end] != ',' && text[end] != '\n' && text[end] != '\r') {
                    end++;
                }
                field.append(text, i, end - i);
                any = true;
                i = end - 1;
                continue;
            }
            if (ch == '"' && field.isEmpty()) {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (ch == '\r') {
                // tolerated before \n
            } else if (ch == '\n') {
                if (any || !field.isEmpty()) {
                    fields.add(field.toString());
                    header = emit(header, fields, recordLine, onRow);
                }
                fields = new ArrayList<>();
                field.setLength(0);
                any = false;
                line++;
                recordLine = line;
            } else {
                if (header == null && fields.isEmpty() && field.isEmpty() && ch == '\uFEFF') {
                    continue;
                }
                field.append(ch);
                any = true;
            }
        }
        if (any || !field.isEmpty()) {
            fields.add(field.toString());
            header = emit(header, fields, recordLine, onRow);
        }
        return header == null ? List.of() : header;
    }

    /** The whole text at once: scanning an array is several times faster than a read() per character. */
    private static char[] readAll(Reader in) {
        try (Reader reader = in) {
            char[] buffer = new char[1 << 16];
            java.io.CharArrayWriter all = new java.io.CharArrayWriter(1 << 16);
            int n;
            while ((n = reader.read(buffer)) != -1) {
                all.write(buffer, 0, n);
            }
            return all.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> emit(List<String> header, List<String> fields, int line, Consumer<Row> onRow) {
        if (header == null) {
            return fields.stream().map(String::strip).toList();
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            map.put(header.get(i), i < fields.size() ? fields.get(i) : null);
        }
        onRow.accept(new Row(line, map, fields.size()));
        return header;
    }
}
