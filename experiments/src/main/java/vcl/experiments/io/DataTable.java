package vcl.experiments.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Rows of named columns, rendered as CSV (with a header row), an aligned text table, or JSON
 * (an object with the run's provenance and the rows as objects, written by {@link Json}). Cells are
 * numbers (written in full precision; in JSON a non-finite number is {@code null}), booleans or strings.
 */
public final class DataTable {

    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();

    public DataTable(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    public List<String> columns() {
        return columns;
    }

    public int size() {
        return rows.size();
    }

    /** Appends a row; one cell per column. */
    public void add(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + columns.size() + " columns");
        }
        rows.add(cells.clone());
    }

    public Object cell(int row, String column) {
        return rows.get(row)[columns.indexOf(column)];
    }

    /** Renders in the given format; {@code provenance} goes into the JSON object only. */
    public String render(OutputFormat format, Map<String, Object> provenance) {
        return switch (format) {
            case csv -> csv();
            case table -> table();
            case json -> json(provenance);
        };
    }

    private String csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            p.printRecord(columns);
            for (Object[] r : rows) {
                List<String> cells = new ArrayList<>();
                for (Object c : r) {
                    cells.add(text(c));
                }
                p.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private String table() {
        int[] width = new int[columns.size()];
        List<String[]> texts = new ArrayList<>();
        for (Object[] r : rows) {
            String[] t = new String[r.length];
            for (int j = 0; j < r.length; j++) {
                t[j] = r[j] instanceof Double d ? String.format(Locale.ROOT, "%.10g", d) : text(r[j]);
            }
            texts.add(t);
        }
        for (int j = 0; j < width.length; j++) {
            width[j] = columns.get(j).length();
            for (String[] t : texts) {
                width[j] = Math.max(width[j], t[j].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        appendAligned(sb, columns.toArray(new String[0]), width);
        for (String[] t : texts) {
            appendAligned(sb, t, width);
        }
        return sb.toString();
    }

    private static void appendAligned(StringBuilder sb, String[] cells, int[] width) {
        for (int j = 0; j < cells.length; j++) {
            if (j > 0) {
                sb.append("  ");
            }
            sb.append(" ".repeat(width[j] - cells[j].length())).append(cells[j]);
        }
        sb.append('\n');
    }

    private String json(Map<String, Object> provenance) {
        Map<String, Object> top = new LinkedHashMap<>(provenance);
        List<Object> list = new ArrayList<>();
        for (Object[] r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int j = 0; j < r.length; j++) {
                m.put(columns.get(j), r[j]);
            }
            list.add(m);
        }
        top.put("rows", list);
        return Json.write(top) + "\n";
    }

    private static String text(Object c) {
        if (c instanceof Double d) {
            return Double.isFinite(d) ? Double.toString(d) : (d.isNaN() ? "NaN" : (d > 0 ? "Infinity" : "-Infinity"));
        }
        return String.valueOf(c);
    }
}
