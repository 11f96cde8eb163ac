package vn.doanket.platform.audit;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes a snapshot made of maps (names to values), lists, strings, numbers, booleans and nulls as JSON
 * without a serializer lookup per value: a form save audits the form's values before and after, a
 * hundred small maps in two lists, and nearly every snapshot has this shape. Anything else is left to
 * Jackson ({@code null} from {@link #write}).
 */
final class FlatJson {

    private FlatJson() {}

    /** The JSON of a map of plain values, maps and lists, or null when some value is none of these. */
    static String write(Map<?, ?> map) {
        StringBuilder out = new StringBuilder(32 + map.size() * 24);
        return map(out, map) ? out.toString() : null;
    }

    private static boolean map(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String name)) {
                return false;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, name);
            out.append(':');
            if (!value(out, e.getValue())) {
                return false;
            }
        }
        out.append('}');
        return true;
    }

    private static boolean value(StringBuilder out, Object v) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(out, s);
        } else if (v instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            out.append(v);
        } else if (v instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (v instanceof Map<?, ?> m) {
            return map(out, m);
        } else if (v instanceof java.util.List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                if (!value(out, list.get(i))) {
                    return false;
                }
            }
            out.append(']');
        } else {
            return false;
        }
        return true;
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        // runs of characters that need no escape (nearly all of them) are copied whole: appending a
        // snapshot's names and Vietnamese values one character at a time was a tenth of a save round
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(s, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        out.append(s, run, s.length());
        out.append('"');
    }
}
