package vn.doanket.indicators;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads DHIS2's {@code dataValueSets} JSON with codes as ids: a top-level {@code period} and
 * {@code orgUnit} apply to rows that omit them; {@code categoryOptionCombo} “default” (or DHIS2's
 * default uid) means no breakdown.
 */
final class DataValueSets {

    /** The uid DHIS2 gives the default category option combination. */
    static final String DHIS2_DEFAULT_COC = "HllvX50cXC0";

    private DataValueSets() {}

    static List<DataEntry.Numbered> read(ObjectMapper json, String payload) {
        JsonNode root;
        try {
            root = json.readerFor(JsonNode.class)
                    .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readValue(payload == null ? "" : payload);
        } catch (JacksonException e) {
            throw malformed("error.ind.import-malformed-json", e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("dataValues").isArray()) {
            throw malformed("error.ind.import-no-data-values");
        }
        String period = text(root, "period");
        String orgUnit = text(root, "orgUnit");
        List<DataEntry.Numbered> rows = new ArrayList<>();
        int row = 0;
        for (JsonNode v : root.path("dataValues").values()) {
            row++;
            String option = text(v, "categoryOptionCombo");
            if (option != null && (option.equalsIgnoreCase("default") || option.equals(DHIS2_DEFAULT_COC))) {
                option = null;
            }
            boolean deleted = v.path("deleted").asBoolean(false);
            String value = deleted ? "" : value(v.path("value"));
            rows.add(new DataEntry.Numbered(
                    row,
                    new DataValueInput(
                            text(v, "dataElement"),
                            orElse(text(v, "orgUnit"), orgUnit),
                            orElse(text(v, "period"), period),
                            option,
                            value,
                            text(v, "comment"),
                            null,
                            NumberNotation.PLAIN)));
        }
        return rows;
    }

    private static DataImportRejectedException malformed(String key, Object... args) {
        return new DataImportRejectedException(List.of(RowError.whole(0, "ind.import-malformed", key, args)));
    }

    private static String value(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (node.isNumber()) {
            return TypedValue.plain(node.decimalValue()).toPlainString();
        }
        if (node.isBoolean()) {
            return Boolean.toString(node.asBoolean());
        }
        return node.asString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asString();
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
