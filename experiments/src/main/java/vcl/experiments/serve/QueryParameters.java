package vcl.experiments.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import vcl.experiments.spec.PriorChoice;
import vcl.experiments.spec.UserInputException;

/**
 * The explorer's query string ({@code beta=20&prior=flat&gamma=1&…}) read into an
 * {@link ExplorerRequest}. The keys are the command line's option names without the dashes
 * ({@code beta}, {@code prior}, {@code entropy-k}, {@code gamma}, {@code r0}, {@code alpha1}) plus
 * the load range {@code alpha-min}, {@code alpha-max} and {@code points}; a missing key takes its
 * default, an unknown key or a value that is not a number is a {@link UserInputException} worded as
 * the command line words it.
 */
public final class QueryParameters {

    /** The defaults of the page's controls. */
    public static final Map<String, String> DEFAULTS = defaults();

    private QueryParameters() {
    }

    /** Reads a raw (URL-encoded) query string; null or empty gives the defaults. */
    public static ExplorerRequest parse(String rawQuery) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!values.containsKey(key)) {
                    throw UserInputException.malformed("--" + key, "Unknown option: '--" + key + "'");
                }
                values.put(key, value.trim());
            }
        }
        String k = values.get("entropy-k");
        return new ExplorerRequest(number(values, "beta"), PriorChoice.parse(values.get("prior")),
                k.isEmpty() ? null : number(values, "entropy-k"), number(values, "gamma"), number(values, "r0"),
                number(values, "alpha1"), number(values, "alpha-min"), number(values, "alpha-max"),
                integer(values, "points"));
    }

    private static double number(Map<String, String> values, String key) {
        String text = values.get(key);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw notA(key, text, "double");
        }
    }

    private static int integer(Map<String, String> values, String key) {
        String text = values.get(key);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw notA(key, text, "int");
        }
    }

    private static UserInputException notA(String key, String text, String type) {
        return UserInputException.malformed("--" + key,
                "Invalid value for option '--" + key + "': '" + text + "' is not a" + ("int".equals(type) ? "n " : " ")
                        + type);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw UserInputException.malformed("query", "malformed query text: " + s);
        }
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("beta", "20");
        d.put("prior", "flat");
        d.put("entropy-k", "");
        d.put("gamma", "1");
        d.put("r0", "0.5");
        d.put("alpha1", "1");
        d.put("alpha-min", "0.1");
        d.put("alpha-max", "5");
        d.put("points", Integer.toString(ExplorerRequest.DEFAULT_POINTS));
        return Map.copyOf(d);
    }
}
