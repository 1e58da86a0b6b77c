package vcl.plots;

import java.awt.Font;
import java.awt.Paint;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;

/**
 * The label mini-syntax used for axis labels, legend entries, notes and titles.
 * <ul>
 * <li>{@code _c} and {@code ^c} put the next character in a subscript or superscript;
 *     {@code _{text}} and {@code ^{text}} put a group there (groups do not nest):
 *     {@code "ε_g^1"}, {@code "α_2"}, {@code "q^*"}, {@code "T_{c}"}.</li>
 * <li>{@code \name} writes a Greek letter by its TeX name ({@code \alpha}, {@code \Gamma}); Greek
 *     characters may also be typed directly.</li>
 * <li>{@code \_ \^ \{ \} \\} write the character itself; braces outside a script are literal.</li>
 * </ul>
 * Axis labels are drawn with true sub/superscripts ({@link #toAttributedString}); legend text,
 * notes and titles use Unicode sub/superscript characters where they exist ({@link #toPlainText}).
 */
public final class LabelParser {

    private static final String SUPER_FROM = "0123456789+-−=()niabcdefghjklmoprstuvwxyz";
    private static final String SUPER_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱᵃᵇᶜᵈᵉᶠᵍʰʲᵏˡᵐᵒᵖʳˢᵗᵘᵛʷˣʸᶻ";
    private static final String SUB_FROM = "0123456789+-−=()aehijklmnoprstuvx";
    private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ";

    private LabelParser() {
    }

    /** Splits {@code label} into runs of baseline, subscript and superscript text. */
    public static List<LabelRun> parse(String label) {
        List<LabelRun> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < label.length()) {
            char c = label.charAt(i);
            if (c == '_' || c == '^') {
                flush(runs, current, LabelRun.Script.NORMAL);
                LabelRun.Script script = c == '_' ? LabelRun.Script.SUB : LabelRun.Script.SUPER;
                i = readScript(label, i + 1, script, runs);
            } else if (c == '\\') {
                i = readEscape(label, i, current);
            } else {
                current.append(c);
                i++;
            }
        }
        flush(runs, current, LabelRun.Script.NORMAL);
        return List.copyOf(runs);
    }

    private static int readScript(String label, int start, LabelRun.Script script, List<LabelRun> runs) {
        if (start >= label.length()) {
            throw new IllegalArgumentException("label '" + label + "': '" + label.charAt(start - 1)
                    + "' at the end needs a character or a {group} after it");
        }
        StringBuilder text = new StringBuilder();
        int i = start;
        if (label.charAt(i) == '{') {
            i++;
            while (true) {
                if (i >= label.length()) {
                    throw new IllegalArgumentException("label '" + label + "': '{' at position " + start
                            + " is never closed");
                }
                char c = label.charAt(i);
                if (c == '}') {
                    i++;
                    break;
                }
                if (c == '_' || c == '^' || c == '{') {
                    throw new IllegalArgumentException("label '" + label + "': '" + c + "' inside a script group"
                            + " at position " + i + " (groups do not nest; escape it as \\" + c + ")");
                }
                i = c == '\\' ? readEscape(label, i, text) : append(label, i, text);
            }
        } else if (label.charAt(i) == '\\') {
            i = readEscape(label, i, text);
        } else {
            i = append(label, i, text);
        }
        flush(runs, text, script);
        return i;
    }

    /** Appends the code point at {@code i} (a surrogate pair counts as one character). */
    private static int append(String label, int i, StringBuilder out) {
        int cp = label.codePointAt(i);
        out.appendCodePoint(cp);
        return i + Character.charCount(cp);
    }

    private static int readEscape(String label, int backslash, StringBuilder out) {
        int i = backslash + 1;
        if (i >= label.length()) {
            throw new IllegalArgumentException("label '" + label + "': '\\' at the end escapes nothing");
        }
        char c = label.charAt(i);
        if (!Character.isLetter(c)) {
            out.append(c);
            return i + 1;
        }
        int end = i;
        while (end < label.length() && Character.isLetter(label.charAt(end)) && label.charAt(end) < 128) {
            end++;
        }
        String name = label.substring(i, end);
        String letter = GreekNames.letter(name);
        if (letter == null) {
            throw new IllegalArgumentException("label '" + label + "': unknown name \\" + name
                    + " (Greek letters such as \\alpha or \\Gamma are known)");
        }
        out.append(letter);
        return end;
    }

    private static void flush(List<LabelRun> runs, StringBuilder text, LabelRun.Script script) {
        if (text.length() == 0) {
            return;
        }
        int last = runs.size() - 1;
        if (last >= 0 && runs.get(last).script() == script) {
            runs.set(last, new LabelRun(runs.get(last).text() + text, script));
        } else {
            runs.add(new LabelRun(text.toString(), script));
        }
        text.setLength(0);
    }

    /**
     * The label as an attributed string in {@code font} and {@code paint}, with sub- and
     * superscript runs carrying {@link TextAttribute#SUPERSCRIPT}.
     */
    public static AttributedString toAttributedString(String label, Font font, Paint paint) {
        List<LabelRun> runs = parse(label);
        StringBuilder all = new StringBuilder();
        for (LabelRun r : runs) {
            all.append(r.text());
        }
        if (all.length() == 0) {
            return new AttributedString("");
        }
        AttributedString result = new AttributedString(all.toString());
        result.addAttribute(TextAttribute.FAMILY, font.getFamily());
        result.addAttribute(TextAttribute.SIZE, font.getSize2D());
        result.addAttribute(TextAttribute.WEIGHT, font.isBold() ? TextAttribute.WEIGHT_BOLD : TextAttribute.WEIGHT_REGULAR);
        result.addAttribute(TextAttribute.POSTURE,
                font.isItalic() ? TextAttribute.POSTURE_OBLIQUE : TextAttribute.POSTURE_REGULAR);
        result.addAttribute(TextAttribute.FOREGROUND, paint);
        int at = 0;
        for (LabelRun r : runs) {
            int end = at + r.text().length();
            if (r.script() == LabelRun.Script.SUB) {
                result.addAttribute(TextAttribute.SUPERSCRIPT, TextAttribute.SUPERSCRIPT_SUB, at, end);
            } else if (r.script() == LabelRun.Script.SUPER) {
                result.addAttribute(TextAttribute.SUPERSCRIPT, TextAttribute.SUPERSCRIPT_SUPER, at, end);
            }
            at = end;
        }
        return result;
    }

    /**
     * The label as plain text: scripts become Unicode sub/superscript characters where Unicode
     * has them; other characters of a script (e.g. a subscript g, or *) stay on the baseline.
     */
    public static String toPlainText(String label) {
        StringBuilder out = new StringBuilder();
        for (LabelRun r : parse(label)) {
            switch (r.script()) {
                case SUB -> out.append(map(r.text(), SUB_FROM, SUB_TO));
                case SUPER -> out.append(map(r.text(), SUPER_FROM, SUPER_TO));
                default -> out.append(r.text());
            }
        }
        return out.toString();
    }

    private static String map(String text, String from, String to) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int k = from.indexOf(c);
            out.append(k >= 0 ? to.charAt(k) : c);
        }
        return out.toString();
    }
}
