package vn.doanket.platform.audit;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes a flat snapshot (names to strings, numbers, booleans or nulls) as JSON without a serializer
 * lookup per entry: a form save audits two snapshots per value, a hundred per form, and these are
 * nearly all of that shape. Anything else is left to Jackson ({@code null} from {@link #write}).
 */
final class FlatJson {

    private FlatJson() {}

    /** The JSON of a flat map, or null when a value is not a plain scalar. */
    static String write(Map<?, ?> map) {
        StringBuilder out = new StringBuilder(32 + map.size() * 24);
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String name)) {
                return null;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, name);
            out.append(':');
            Object v = e.getValue();
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
            } else {
                return null;
            }
        }
        return out.append('}').toString();
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
