package vcl.experiments.io;

import java.util.Collection;
import java.util.Map;

/**
 * A minimal JSON writer for provenance records and result rows: maps, collections, arrays of
 * doubles, numbers, booleans, strings and null. Non-finite numbers are written as strings.
 */
public final class Json {

    private Json() {
    }

    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, 0);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object v, int indent) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Double d) {
            sb.append(Double.isFinite(d) ? d.toString() : quote(DataTable.text(d)));
        } else if (v instanceof Float f) {
            write(sb, f.doubleValue(), indent);
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "\n" : ",\n").append("  ".repeat(indent + 1));
                sb.append(quote(String.valueOf(e.getKey()))).append(": ");
                write(sb, e.getValue(), indent + 1);
                first = false;
            }
            sb.append(first ? "}" : "\n" + "  ".repeat(indent) + "}");
        } else if (v instanceof Collection<?> c) {
            writeArray(sb, c.toArray(), indent);
        } else if (v instanceof double[] a) {
            Object[] boxed = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                boxed[i] = a[i];
            }
            writeArray(sb, boxed, indent);
        } else if (v instanceof Object[] a) {
            writeArray(sb, a, indent);
        } else {
            sb.append(quote(v.toString()));
        }
    }

    private static void writeArray(StringBuilder sb, Object[] a, int indent) {
        boolean scalars = true;
        for (Object o : a) {
            scalars &= !(o instanceof Map || o instanceof Collection || o instanceof Object[]);
        }
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(scalars ? ", " : ",");
            }
            if (!scalars) {
                sb.append('\n').append("  ".repeat(indent + 1));
            }
            write(sb, a[i], indent + 1);
        }
        if (!scalars && a.length > 0) {
            sb.append('\n').append("  ".repeat(indent));
        }
        sb.append(']');
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
