package vcl.experiments.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vcl.experiments.spec.UserInputException;

/**
 * A parameter sweep: the command and its axes, in the order of the sweep file. Parameters the file
 * does not name take the command's defaults.
 *
 * @param command the swept command
 * @param axes    the axes of the grid, in the order written
 */
public record SweepSpec(SweptCommand command, List<Axis> axes) {

    public SweepSpec {
        if (command == null) {
            throw new IllegalArgumentException("a sweep has a command");
        }
        axes = List.copyOf(axes);
        Map<String, Parameter> known = parameters(command);
        Set<String> seen = new HashSet<>();
        for (Axis axis : axes) {
            for (String name : axis.names()) {
                if (!known.containsKey(name)) {
                    throw UserInputException.malformed(name, command.label() + " has no parameter '" + name
                            + "'; it takes " + String.join(", ", known.keySet()));
                }
                if (!seen.add(name)) {
                    throw UserInputException.malformed(name, "sweep parameter " + name + " is given twice");
                }
                if (axis.zipped() && command.computation().lineAxes().contains(name)) {
                    throw UserInputException.malformed(name, "sweep parameter " + name + " is computed along a line by "
                            + command.label() + " and cannot be zipped with another parameter");
                }
            }
            if (!axis.zipped() && command.computation().lineAxes().contains(axis.names().get(0))
                    && new HashSet<>(axis.values()).size() != axis.size()) {
                throw UserInputException.malformed(axis.names().get(0), "sweep parameter " + axis.names().get(0)
                        + " lists a value twice");
            }
        }
        for (Parameter p : known.values()) {
            if (p.required() && !seen.contains(p.name())) {
                throw UserInputException.malformed(p.name(), command.label() + " needs the parameter " + p.name());
            }
        }
    }

    /** The command's parameters by name. */
    static Map<String, Parameter> parameters(SweptCommand command) {
        return command.computation().parameters().stream()
                .collect(Collectors.toMap(Parameter::name, p -> p, (a, b) -> a, LinkedHashMap::new));
    }

    /** The number of points of the grid. */
    public long points() {
        long n = 1;
        for (Axis a : axes) {
            n = Math.multiplyExact(n, a.size());
        }
        return n;
    }

    /** The spec in a canonical form (command, axes and normalised values), the same for YAML and TOML. */
    public Map<String, Object> canonical() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("command", command.label());
        m.put("axes", axes.stream().map(a -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("names", a.names());
            x.put("values", a.values());
            return x;
        }).toList());
        return m;
    }

    /** SHA-256 of the canonical form's JSON, in hex: the sweep's identity in its output folder. */
    public String hash() {
        try {
            byte[] text = new ObjectMapper().writeValueAsString(canonical()).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash the sweep spec", e);
        }
    }

    /** Whether {@code name} takes more than one value in the grid. */
    public boolean swept(String name) {
        return axes.stream().anyMatch(a -> a.names().contains(name) && a.size() > 1);
    }

    /** The parameters named by the file, in grid order. */
    public List<String> named() {
        return axes.stream().flatMap(a -> a.names().stream()).toList();
    }
}
