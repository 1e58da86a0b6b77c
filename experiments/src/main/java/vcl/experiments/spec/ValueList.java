package vcl.experiments.spec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parser of the CLI's LIST syntax: comma-separated values and inclusive ranges
 * {@code start:stop:step}, for example {@code 0.1:2.0:0.1,2.5}.
 *
 * <p>Ranges are expanded in decimal arithmetic, so {@code 0.1:0.3:0.1} gives exactly
 * 0.1, 0.2, 0.3 (no 0.30000000000000004, no lost end point).
 */
public final class ValueList {

    /** The most values a LIST may hold in all, every range expanded: 10^6 steps of one range and its end. */
    public static final int MAX_VALUES = 1_000_001;

    private ValueList() {
    }

    /**
     * Parses a LIST.
     *
     * @param parameter the option name used in error messages, e.g. {@code --alpha}
     * @param spec the text given by the user
     * @return the values in the order written
     * @throws UserInputException naming the parameter when the text is malformed
     */
    public static double[] parse(String parameter, String spec) {
        if (spec == null || spec.isBlank()) {
            throw UserInputException.malformed(parameter, parameter + ": empty list; expected values like 0.5,1 or start:stop:step");
        }
        List<Double> out = new ArrayList<>();
        for (String item : spec.split(",", -1)) {
            String s = item.trim();
            if (s.isEmpty()) {
                throw UserInputException.malformed(parameter, parameter + ": empty element in list '" + spec + "'");
            }
            String[] parts = s.split(":", -1);
            if (parts.length == 1) {
                if (out.size() >= MAX_VALUES) {
                    throw tooMany(parameter, "the list has");
                }
                out.add(number(parameter, parts[0], spec).doubleValue());
            } else if (parts.length == 3) {
                BigDecimal start = number(parameter, parts[0], spec);
                BigDecimal stop = number(parameter, parts[1], spec);
                BigDecimal step = number(parameter, parts[2], spec);
                if (step.signum() == 0 || stop.compareTo(start) * step.signum() < 0) {
                    throw UserInputException.malformed(parameter, parameter + ": range '" + s
                            + "' never reaches its stop; the step must be non-zero and point from start to stop");
                }
                BigDecimal count = stop.subtract(start).divide(step, java.math.MathContext.DECIMAL64);
                if (count.compareTo(BigDecimal.valueOf(MAX_VALUES - out.size() - 1L)) > 0) {
                    throw tooMany(parameter, out.isEmpty() ? "range '" + s + "' has" : "the list has");
                }
                for (BigDecimal v = start; v.subtract(stop).signum() * step.signum() <= 0; v = v.add(step)) {
                    out.add(v.doubleValue());
                }
            } else {
                throw UserInputException.malformed(parameter, parameter + ": '" + s
                        + "' is neither a number nor a range start:stop:step");
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static UserInputException tooMany(String parameter, String what) {
        return UserInputException.malformed(parameter, parameter + ": " + what + " more than 10^6 values (a LIST holds"
                + " at most " + MAX_VALUES + " values in all)");
    }

    private static BigDecimal number(String parameter, String text, String spec) {
        try {
            BigDecimal v = new BigDecimal(text.trim());
            return v;
        } catch (NumberFormatException e) {
            throw UserInputException.malformed(parameter, parameter + ": '" + text.trim() + "' in '" + spec + "' is not a number");
        }
    }
}
