package vn.doanket.audit.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * An audit entry's record before and after, field by field, for the page: a form saved whole is two
 * lists of fifty values, and a reader wants to see the three that changed, not two blocks of JSON.
 * Both records are flattened to one line per plain value (the names of nested fields joined by
 * {@value #SEPARATOR}, a list's items named by their indicator and breakdown option, code or id where
 * they have one, else by their place), and the lines whose value differs are kept.
 */
final class AuditComparison {

    /** Lines shown at most per entry; the API has the whole records. */
    static final int MAX_LINES = 200;

    static final String SEPARATOR = " › ";

    /** One value that differs: {@code before} or {@code after} is null where the record had no such field. */
    record Line(String field, String before, String after) {}

    /**
     * What differs ({@code lines}, at most {@link #MAX_LINES}), how many more differ ({@code hidden}) and
     * how many fields stayed the same; {@code raw} is set instead when a record could not be read. A record
     * created or removed ({@code side} "after" or "before") has only one side to show.
     */
    record Result(List<Line> lines, int hidden, int unchanged, boolean raw, String side) {

        public int changed() {
            return lines.size() + hidden;
        }
    }

    private AuditComparison() {}

    /**
     * Compares two JSON records (either may be null); {@code names} gives a field's name for the reader
     * (the key itself where it knows none).
     */
    static Result compare(ObjectMapper json, String before, String after, UnaryOperator<String> names) {
        Map<String, String> was;
        Map<String, String> is;
        try {
            was = flatten(json, before, names);
            is = flatten(json, after, names);
        } catch (JacksonException e) {
            // not JSON after all (the trail stores json, so only a record written by hand): show it as it is
            return new Result(List.of(new Line("", before, after)), 0, 0, true, "both");
        }
        Set<String> fields = new LinkedHashSet<>(was.keySet());
        fields.addAll(is.keySet());
        List<Line> lines = new ArrayList<>();
        int hidden = 0;
        int unchanged = 0;
        for (String f : fields) {
            String b = was.get(f);
            String a = is.get(f);
            // an empty field and one the record does not have say the same: nothing
            if (Objects.equals(emptyAsNone(b), emptyAsNone(a))) {
                unchanged++;
            } else if (lines.size() < MAX_LINES) {
                lines.add(new Line(f, b, a));
            } else {
                hidden++;
            }
        }
        String side = was.isEmpty() ? "after" : is.isEmpty() ? "before" : "both";
        return new Result(List.copyOf(lines), hidden, unchanged, false, side);
    }

    private static String emptyAsNone(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static Map<String, String> flatten(ObjectMapper json, String text, UnaryOperator<String> names) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            flatten(json.readTree(text), "", out, names);
        }
        return out;
    }

    private static void flatten(JsonNode node, String path, Map<String, String> out, UnaryOperator<String> names) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                out.put(path, "{}");
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String name = names.apply(e.getKey());
                flatten(e.getValue(), path.isEmpty() ? name : path + SEPARATOR + name, out, names);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.put(path, "[]");
            }
            Set<String> taken = new java.util.HashSet<>();
            int place = 0;
            for (JsonNode item : node.values()) {
                place++;
                String label = label(item, place);
                if (!taken.add(label)) {
                    label = label + " #" + place; // two items with one name still get a line each
                }
                flatten(item, (path.isEmpty() ? "" : path + " ") + "[" + label + "]", out, names);
            }
        } else {
            out.put(path, node.isNull() ? "" : node.asString());
        }
    }

    /** How an item of a list is named: by what identifies it, so a reordered list still compares. */
    private static String label(JsonNode item, int place) {
        if (item.isObject()) {
            String indicator = text(item, "indicator");
            if (indicator != null) {
                // DEFAULT is the option of a figure without breakdown (DHIS2's default category combination)
                String option = text(item, "option");
                return option == null || option.equals("DEFAULT") ? indicator : indicator + " / " + option;
            }
            for (String key : new String[] {"code", "id", "username"}) {
                String v = text(item, key);
                if (v != null) {
                    return v;
                }
            }
        } else if (item.isValueNode() && !item.isNull()) {
            return item.asString();
        }
        return Integer.toString(place);
    }

    private static String text(JsonNode item, String key) {
        JsonNode v = item.get(key);
        return v == null || v.isNull() || !v.isValueNode() || v.asString().isEmpty() ? null : v.asString();
    }
}
