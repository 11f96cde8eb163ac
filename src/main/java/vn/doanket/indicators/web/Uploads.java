package vn.doanket.indicators.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import vn.doanket.indicators.DataEntry;
import vn.doanket.indicators.DataImportRejectedException;
import vn.doanket.indicators.DataValueInput;
import vn.doanket.indicators.ImportSummary;
import vn.doanket.indicators.RowError;
import vn.doanket.indicators.UnitScope;

/**
 * Applies an upload through {@link DataEntry}: all or nothing by default; when the user ticks «lưu
 * các dòng hợp lệ», the refused rows are set aside and the rest saved. Either way every refused row
 * comes back located in the file.
 */
@Component
class Uploads {

    /** What an upload did: a summary when something was saved, and the refused rows. */
    record Result(ImportSummary summary, List<UploadError> errors) {
        public boolean isSaved() {
            return summary != null && summary.total() > 0;
        }
    }

    private static final int ATTEMPTS = 3;

    private final DataEntry entry;
    private final ObjectMapper json;
    private final MessageSource messages;

    Uploads(DataEntry entry, ObjectMapper json, MessageSource messages) {
        this.entry = entry;
        this.json = json;
        this.messages = messages;
    }

    Result rows(List<UploadRow> rows, boolean partial, UnitScope scope, Locale locale) {
        List<UploadRow> pending = new ArrayList<>(rows);
        List<UploadError> errors = new ArrayList<>();
        for (int attempt = 0; attempt < ATTEMPTS && !pending.isEmpty(); attempt++) {
            try {
                List<DataValueInput> inputs =
                        pending.stream().map(UploadRow::input).toList();
                return new Result(entry.saveAll(inputs, scope), sorted(errors));
            } catch (DataImportRejectedException e) {
                Set<Integer> bad = new TreeSet<>(Comparator.reverseOrder());
                for (RowError err : e.errors()) {
                    UploadRow at = pending.get(err.row() - 1);
                    errors.add(new UploadError(
                            at.sheet(), at.row(), column(at, err.field(), locale), err.message(locale)));
                    bad.add(err.row() - 1);
                }
                if (!partial) {
                    return new Result(null, sorted(errors));
                }
                bad.forEach(i -> pending.remove((int) i));
            }
        }
        return new Result(null, sorted(errors));
    }

    /** A DHIS2 dataValueSets JSON payload; row numbers are positions in its dataValues list. */
    Result dataValueSet(String payload, String fileName, boolean partial, UnitScope scope, Locale locale) {
        String current = payload;
        List<UploadError> errors = new ArrayList<>();
        List<Integer> original = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return new Result(entry.applyDataValueSet(current, scope), errors);
            } catch (DataImportRejectedException e) {
                JsonNode root = partial ? tree(current) : null;
                ArrayNode values = root == null ? null : (ArrayNode) root.path("dataValues");
                if (original == null && values != null) {
                    original = new ArrayList<>();
                    for (int i = 0; i < values.size(); i++) {
                        original.add(i + 1);
                    }
                }
                Set<Integer> bad = new TreeSet<>(Comparator.reverseOrder());
                for (RowError err : e.errors()) {
                    int row = err.row() == 0 || original == null ? err.row() : original.get(err.row() - 1);
                    String column = err.field() == null ? "" : "dataValues[" + row + "]." + err.field();
                    errors.add(new UploadError(fileName, row, column, err.message(locale)));
                    if (err.row() > 0) {
                        bad.add(err.row() - 1);
                    }
                }
                if (!partial || values == null || bad.isEmpty()) {
                    return new Result(null, errors);
                }
                for (int i : bad) {
                    values.remove(i);
                    original.remove(i);
                }
                if (values.isEmpty()) {
                    return new Result(null, errors);
                }
                current = json.writeValueAsString(root);
            }
        }
        return new Result(null, errors);
    }

    /**
     * A DHIS2 dataValueSets CSV, read by the facade; row numbers are lines of the file (header = 1).
     * Asked to save the valid rows, the refused lines are dropped and the rest applied again.
     */
    Result dataValueSetCsv(String csv, String fileName, boolean partial, UnitScope scope, Locale locale) {
        List<String> lines = new ArrayList<>(List.of(csv.split("\n", -1)));
        List<Integer> origin = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            origin.add(i + 1);
        }
        List<UploadError> errors = new ArrayList<>();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return new Result(entry.applyDataValueSetCsv(String.join("\n", lines), scope), sorted(errors));
            } catch (DataImportRejectedException e) {
                Set<Integer> bad = new TreeSet<>(Comparator.reverseOrder());
                for (RowError err : e.errors()) {
                    boolean located = err.row() > 1 && err.row() <= lines.size();
                    int line = located ? origin.get(err.row() - 1) : err.row();
                    errors.add(new UploadError(
                            fileName, line, err.field() == null ? "" : err.field(), err.message(locale)));
                    if (located) {
                        bad.add(err.row() - 1);
                    }
                }
                if (!partial || bad.size() < e.errors().size()) {
                    return new Result(null, sorted(errors));
                }
                for (int i : bad) {
                    lines.remove(i);
                    origin.remove(i);
                }
                if (lines.size() < 2) {
                    return new Result(null, sorted(errors));
                }
            }
        }
        return new Result(null, sorted(errors));
    }

    private JsonNode tree(String payload) {
        try {
            JsonNode root = json.readTree(payload);
            return root != null && root.path("dataValues").isArray() ? root : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String column(UploadRow at, String field, Locale locale) {
        if (field == null) {
            return "";
        }
        String letter = at.columns().get(field);
        String name = messages.getMessage("transfer.field." + field, null, field, locale);
        return letter == null ? name : letter + " – " + name;
    }

    private static List<UploadError> sorted(List<UploadError> errors) {
        return errors.stream()
                .sorted(Comparator.comparing(UploadError::sheet).thenComparingInt(UploadError::row))
                .toList();
    }

    static Map<String, String> unreadableMessages(MessageSource messages, Locale locale) {
        return Map.of(
                "xlsx", messages.getMessage("transfer.unreadable.xlsx", null, locale),
                "csv", messages.getMessage("transfer.unreadable.csv", null, locale),
                "csv-columns", messages.getMessage("transfer.unreadable.csv-columns", null, locale));
    }
}
