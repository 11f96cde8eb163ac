package vn.doanket.organization.internal;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.doanket.organization.HierarchyImportException;
import vn.doanket.organization.HierarchyImportException.Reason;
import vn.doanket.platform.CsvRows;

/**
 * Reads and checks the administrative-unit files (the format of shared/data/admin-units). Every
 * problem names the file, line and column; the caller stores nothing unless all rows pass.
 */
final class AdminUnitFiles {

    static final int MAX_NAME = 200;
    private static final Pattern CODE = Pattern.compile("[0-9]{2,5}");
    private static final Pattern MARKUP = Pattern.compile("[<>]");
    private static final List<String> TYPE_PREFIXES =
            List.of("Thành phố", "Thị xã", "Thị trấn", "Tỉnh", "Quận", "Huyện", "Phường", "Xã", "Đặc khu");

    private AdminUnitFiles() {}

    static Reader utf8(java.io.InputStream in) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    /** Reads a units file; {@code hasShortNames} is true for the 2025 layout (name and unit_type columns). */
    static List<AdminUnitRow> units(String file, Reader in, Set<String> levels) {
        List<AdminUnitRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> header = readRows(file, in, row -> {
            String level = require(file, row, "level");
            if (!levels.contains(level)) {
                throw new HierarchyImportException(
                        file, row.line(), "level", Reason.LEVEL_INVALID, level, String.valueOf(levels));
            }
            String code = require(file, row, "code");
            if (!CODE.matcher(code).matches()) {
                throw new HierarchyImportException(file, row.line(), "code", Reason.CODE_NOT_DIGITS, code);
            }
            if (!seen.add(level + ":" + code)) {
                throw new HierarchyImportException(file, row.line(), "code", Reason.CODE_DUPLICATE, code);
            }
            String fullName = name(file, row, "full_name");
            String shortName = row.fields().containsKey("name") ? name(file, row, "name") : stripType(fullName);
            String unitType = row.fields().containsKey("unit_type") ? row.get("unit_type") : typeOf(fullName);
            rows.add(new AdminUnitRow(row.line(), level, code, shortName, fullName, row.get("parent_code"), unitType));
        });
        if (!header.containsAll(List.of("level", "code", "full_name", "parent_code"))) {
            throw new HierarchyImportException(
                    file,
                    1,
                    null,
                    Reason.COLUMNS_MISSING,
                    "level, code, full_name, parent_code",
                    String.valueOf(header));
        }
        return rows;
    }

    /** old commune code → new commune code rows. */
    static List<String[]> mergeRows(String file, Reader in) {
        List<String[]> out = new ArrayList<>();
        List<String> header = readRows(file, in, row -> {
            String oldCode = require(file, row, "old_commune_code");
            String newCode = require(file, row, "new_commune_code");
            out.add(new String[] {oldCode, newCode, Integer.toString(row.line())});
        });
        if (!header.containsAll(List.of("old_commune_code", "new_commune_code"))) {
            throw new HierarchyImportException(
                    file,
                    1,
                    null,
                    Reason.COLUMNS_MISSING,
                    "old_commune_code, new_commune_code",
                    String.valueOf(header));
        }
        return out;
    }

    private static List<String> readRows(String file, Reader in, java.util.function.Consumer<CsvRows.Row> each) {
        try {
            return CsvRows.read(in, each);
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new HierarchyImportException(file, 0, null, Reason.NOT_UTF8);
            }
            throw e;
        }
    }

    private static String require(String file, CsvRows.Row row, String column) {
        String v = row.get(column);
        if (v.isEmpty()) {
            throw new HierarchyImportException(file, row.line(), column, Reason.VALUE_MISSING);
        }
        return v;
    }

    private static String name(String file, CsvRows.Row row, String column) {
        String v = require(file, row, column);
        if (v.length() > MAX_NAME) {
            throw new HierarchyImportException(file, row.line(), column, Reason.NAME_TOO_LONG, v.length(), MAX_NAME);
        }
        if (MARKUP.matcher(v).find()) {
            throw new HierarchyImportException(file, row.line(), column, Reason.NAME_MARKUP);
        }
        return v;
    }

    static String typeOf(String fullName) {
        return TYPE_PREFIXES.stream()
                .filter(p -> fullName.startsWith(p + " "))
                .findFirst()
                .orElse(null);
    }

    static String stripType(String fullName) {
        String type = typeOf(fullName);
        return type == null ? fullName : fullName.substring(type.length()).strip();
    }
}
