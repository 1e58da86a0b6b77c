package vcl.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Rows of numbers and strings under named columns, rendered as CSV (header row, numbers in
 * shortest round-trip form), JSON (with a provenance object: command, version, parameters, seeds)
 * or an aligned text table.
 */
final class ResultTable {

    /** Output formats of the data commands. */
    enum Format { csv, json, table }

    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();
    private final Map<String, Object> provenance = new LinkedHashMap<>();

    ResultTable(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    void add(Object... row) {
        if (row.length != columns.size()) {
            throw new IllegalStateException("row of " + row.length + " values for " + columns.size() + " columns");
        }
        rows.add(row.clone());
    }

    /** Records a provenance entry (shown in JSON output). */
    ResultTable provenance(String key, Object value) {
        provenance.put(key, value);
        return this;
    }

    int size() {
        return rows.size();
    }

    String render(Format format) {
        return switch (format) {
            case csv -> csv();
            case json -> json();
            case table -> table();
        };
    }

    private static String cell(Object v) {
        if (v instanceof Double d) {
            return Double.toString(d);
        }
        return String.valueOf(v);
    }

    private String csv() {
        StringWriter out = new StringWriter();
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader(columns.toArray(new String[0]))
                .setRecordSeparator("\n").build();
        try (CSVPrinter p = new CSVPrinter(out, fmt)) {
            for (Object[] row : rows) {
                List<String> cells = new ArrayList<>(row.length);
                for (Object v : row) {
                    cells.add(cell(v));
                }
                p.printRecord(cells);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private String table() {
        int[] width = new int[columns.size()];
        List<String[]> text = new ArrayList<>();
        text.add(columns.toArray(new String[0]));
        for (Object[] row : rows) {
            String[] t = new String[row.length];
            for (int c = 0; c < row.length; c++) {
                t[c] = row[c] instanceof Double d ? String.format(Locale.ROOT, "%.6g", d) : cell(row[c]);
            }
            text.add(t);
        }
        for (String[] t : text) {
            for (int c = 0; c < t.length; c++) {
                width[c] = Math.max(width[c], t[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] t : text) {
            for (int c = 0; c < t.length; c++) {
                sb.append(c == 0 ? "" : "  ").append(" ".repeat(width[c] - t[c].length())).append(t[c]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private String json() {
        StringBuilder sb = new StringBuilder("{\n  \"provenance\": ");
        value(sb, provenance);
        sb.append(",\n  \"columns\": ");
        value(sb, columns);
        sb.append(",\n  \"rows\": [");
        for (int r = 0; r < rows.size(); r++) {
            sb.append(r == 0 ? "\n    " : ",\n    ");
            Map<String, Object> obj = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                obj.put(columns.get(c), rows.get(r)[c]);
            }
            value(sb, obj);
        }
        sb.append(rows.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return sb.toString();
    }

    private static void value(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Double d) {
            sb.append(d.isNaN() || d.isInfinite() ? "null" : Double.toString(d));
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof double[] arr) {
            List<Object> l = new ArrayList<>();
            for (double x : arr) {
                l.add(x);
            }
            value(sb, l);
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ", ");
                first = false;
                string(sb, String.valueOf(e.getKey()));
                sb.append(": ");
                value(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ", ");
                value(sb, l.get(i));
            }
            sb.append(']');
        } else {
            string(sb, v.toString());
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
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
        sb.append('"');
    }
}
