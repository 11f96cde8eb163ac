package vn.doanket.indicators;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.doanket.platform.CsvRows;

/**
 * Reads DHIS2's {@code dataValueSets} CSV with codes as ids (columns dataelement, period, orgunit,
 * catoptcombo, value, comment, deleted; header names in any case, others ignored). Rows are numbered
 * by their line in the file, the header being line 1.
 */
final class DataValueSetCsv {

    static final List<String> REQUIRED = List.of("dataelement", "period", "orgunit", "value");

    private DataValueSetCsv() {}

    static List<DataEntry.Numbered> read(String csv) {
        List<DataEntry.Numbered> rows = new ArrayList<>();
        List<String> header = CsvRows.read(new StringReader(csv == null ? "" : csv), row -> {
            Map<String, String> f = row.fields().entrySet().stream()
                    .filter(e -> e.getValue() != null)
                    .collect(Collectors.toMap(
                            e -> e.getKey().strip().toLowerCase(Locale.ROOT),
                            e -> e.getValue().strip(),
                            (a, b) -> a));
            String option = f.get("catoptcombo");
            if (option != null
                    && (option.isBlank()
                            || option.equalsIgnoreCase("default")
                            || option.equals(DataValueSets.DHIS2_DEFAULT_COC))) {
                option = null;
            }
            boolean deleted = "true".equalsIgnoreCase(f.get("deleted"));
            String comment = f.get("comment");
            rows.add(new DataEntry.Numbered(
                    row.line(),
                    new DataValueInput(
                            f.get("dataelement"),
                            f.get("orgunit"),
                            f.get("period"),
                            option,
                            deleted ? "" : f.getOrDefault("value", ""),
                            comment == null || comment.isEmpty() ? null : comment,
                            null,
                            NumberNotation.PLAIN)));
        });
        List<String> lower =
                header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        List<String> missing = REQUIRED.stream().filter(c -> !lower.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new DataImportRejectedException(List.of(RowError.whole(
                    1, "ind.import-malformed", "error.ind.import-csv-columns", String.join(", ", missing))));
        }
        return rows;
    }
}
