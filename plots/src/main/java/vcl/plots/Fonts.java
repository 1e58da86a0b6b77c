package vcl.plots;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Picks the font family for figures: the first installed family of a preference list that can
 * draw Greek letters and the Unicode sub/superscript digits, else the logical "SansSerif" font
 * (which falls back on whatever the platform offers).
 */
final class Fonts {

    /** Characters a figure font must be able to draw. */
    static final String SAMPLE = "αβγεμπσ∈≤±−·₁₂²*";

    private static final String[] PREFERRED = {"DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial",
        "Helvetica", "FreeSans"};

    private static final String FAMILY = choose();

    private Fonts() {
    }

    static String family() {
        return FAMILY;
    }

    static Font plain(float size) {
        return new Font(FAMILY, Font.PLAIN, 1).deriveFont(size);
    }

    static Font bold(float size) {
        return new Font(FAMILY, Font.BOLD, 1).deriveFont(size);
    }

    private static String choose() {
        Set<String> installed = new HashSet<>(
                Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
        for (String name : PREFERRED) {
            if (installed.contains(name) && new Font(name, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) < 0) {
                return name;
            }
        }
        return Font.SANS_SERIF;
    }
}
