package vcl.experiments.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import vcl.experiments.spec.UserInputException;
import vcl.experiments.spec.ValueList;

/**
 * Reads a sweep file (YAML or TOML). The file has a {@code command} and a {@code parameters} table;
 * a parameter's value is one value, a list ({@code [0.5, 1, 2]}), or for real parameters a LIST text
 * ({@code "0.1:2.0:0.1,2.5"}, as on the command line); a table whose name starts with {@code zip}
 * holds lists of equal length that advance together. See docs/sweeps.md.
 */
public final class SweepSpecReader {

    private SweepSpecReader() {
    }

    /** Reads and validates the sweep file {@code file}. */
    public static SweepSpec read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SweepFileException("cannot read the sweep file " + file + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        return parse(text, SpecFormat.of(file), file.toString());
    }

    /** Parses sweep text; {@code source} names it in messages. */
    public static SweepSpec parse(String text, SpecFormat format, String source) throws SweepFileException {
        JsonNode root;
        try {
            root = format.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new SweepFileException(source + ": not valid " + format + where + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new SweepFileException(source + ": a sweep file is a table with 'command' and 'parameters'");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals("command") && !key.equals("parameters")) {
                throw new SweepFileException(source + ": unknown entry '" + key + "' (a sweep file has 'command' and 'parameters')");
            }
        }
        if (!root.path("command").isTextual() || !root.path("parameters").isObject()) {
            throw new SweepFileException(source + ": a sweep file needs 'command' (e.g. solve task1) and a 'parameters' table");
        }
        SweptCommand command = SweptCommand.of(root.get("command").asText());
        Map<String, Parameter> known = SweepSpec.parameters(command);
        List<Axis> axes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("parameters").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith("zip") && e.getValue().isObject()) {
                axes.add(zip(e.getKey(), e.getValue(), known, command));
            } else {
                List<Object> values = values(e.getKey(), e.getValue(), kindOf(e.getKey(), known, command));
                axes.add(new Axis(List.of(e.getKey()), values.stream().map(List::of).toList()));
            }
        }
        return new SweepSpec(command, axes);
    }

    private static Axis zip(String group, JsonNode node, Map<String, Parameter> known, SweptCommand command) {
        List<String> names = new ArrayList<>();
        List<List<Object>> columns = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            names.add(e.getKey());
            columns.add(values(e.getKey(), e.getValue(), kindOf(e.getKey(), known, command)));
        }
        if (names.isEmpty()) {
            throw UserInputException.malformed(group, "sweep zip '" + group + "' names no parameter");
        }
        int length = columns.get(0).size();
        for (int j = 1; j < columns.size(); j++) {
            if (columns.get(j).size() != length) {
                throw UserInputException.malformed(group, "sweep zip '" + group + "': " + names.get(0) + " has "
                        + length + " values but " + names.get(j) + " has " + columns.get(j).size());
            }
        }
        List<List<Object>> steps = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            List<Object> step = new ArrayList<>();
            for (List<Object> column : columns) {
                step.add(column.get(i));
            }
            steps.add(step);
        }
        return new Axis(names, steps);
    }

    private static ParameterKind kindOf(String name, Map<String, Parameter> known, SweptCommand command) {
        Parameter p = known.get(name);
        if (p == null) {
            throw UserInputException.malformed(name, command.label() + " has no parameter '" + name
                    + "'; it takes " + String.join(", ", known.keySet()));
        }
        return p.kind();
    }

    private static List<Object> values(String name, JsonNode node, ParameterKind kind) {
        List<Object> out = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode item : node) {
                out.add(word(kind, item) ? item.asText() : kind.normalise(name, scalar(name, item)));
            }
        } else if (word(kind, node)) {
            out.add(node.asText());
        } else if (kind == ParameterKind.REAL && node.isTextual()) {
            for (double v : ValueList.parse(name, node.asText())) {
                out.add(v);
            }
        } else {
            out.add(kind.normalise(name, scalar(name, node)));
        }
        if (out.isEmpty()) {
            throw UserInputException.malformed(name, "sweep parameter " + name + " has an empty list");
        }
        return out;
    }

    /** A quoted value of a word parameter stays as written: "100" (a hidden width) is not the number 100.0. */
    private static boolean word(ParameterKind kind, JsonNode node) {
        return kind == ParameterKind.TEXT && node.isTextual();
    }

    private static Object scalar(String name, JsonNode node) {
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual()) {
            String t = node.asText();
            try {
                return t.isBlank() ? t : Double.valueOf(t);
            } catch (NumberFormatException e) {
                return t;
            }
        }
        throw UserInputException.malformed(name, "sweep parameter " + name + ": '" + node + "' is not a value");
    }
}
