package vcl.plots;

import java.util.Map;

/** TeX-style names of the Greek letters, e.g. {@code alpha} → α, {@code Gamma} → Γ. */
final class GreekNames {

    private static final String[] LOWER = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
        "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "varsigma", "sigma", "tau", "upsilon",
        "phi", "chi", "psi", "omega"};

    private static final Map<String, String> NAMES = build();

    private GreekNames() {
    }

    private static Map<String, String> build() {
        java.util.HashMap<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < LOWER.length; i++) {
            String name = LOWER[i];
            m.put(name, String.valueOf((char) ('α' + i)));
            if (!name.equals("varsigma")) {
                String upper = Character.toUpperCase(name.charAt(0)) + name.substring(1);
                m.put(upper, String.valueOf((char) ('Α' + i)));
            }
        }
        m.put("varepsilon", "ε");
        m.put("vartheta", "ϑ");
        return Map.copyOf(m);
    }

    /** The letter for {@code name}, or {@code null} when the name is unknown. */
    static String letter(String name) {
        return NAMES.get(name);
    }
}
