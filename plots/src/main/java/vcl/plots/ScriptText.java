package vcl.plots;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;

/**
 * Measures and draws a label in the syntax of {@link LabelParser} run by run with
 * {@code drawString}, shrinking and shifting sub- and superscripts. Unlike a TextLayout this keeps
 * text as text in SVG output.
 */
final class ScriptText {

    /** Size of a script relative to the base font. */
    static final float SCRIPT_SCALE = 0.7f;
    /** Baseline shifts in units of the base font size. */
    static final double SUPER_RISE = 0.36;
    static final double SUB_DROP = 0.2;

    /** Width and vertical extent above and below the baseline, in user units. */
    record Size(double width, double ascent, double descent) {
        double height() {
            return ascent + descent;
        }
    }

    private ScriptText() {
    }

    static Size measure(Graphics2D g, String label, Font font) {
        FontRenderContext frc = g.getFontRenderContext();
        LineMetrics base = font.getLineMetrics("Ag", frc);
        double width = 0;
        double ascent = base.getAscent();
        double descent = base.getDescent();
        for (LabelRun run : LabelParser.parse(label)) {
            Font f = fontFor(font, run.script());
            width += f.getStringBounds(run.text(), frc).getWidth();
            LineMetrics m = f.getLineMetrics(run.text(), frc);
            double shift = shift(font, run.script());
            ascent = Math.max(ascent, m.getAscent() - shift);
            descent = Math.max(descent, m.getDescent() + shift);
        }
        return new Size(width, ascent, descent);
    }

    /** Draws the label with its left end at {@code x} and its baseline at {@code baseline}. */
    static void draw(Graphics2D g, String label, Font font, double x, double baseline) {
        Font saved = g.getFont();
        FontRenderContext frc = g.getFontRenderContext();
        double at = x;
        for (LabelRun run : LabelParser.parse(label)) {
            Font f = fontFor(font, run.script());
            g.setFont(f);
            g.drawString(run.text(), (float) at, (float) (baseline + shift(font, run.script())));
            at += f.getStringBounds(run.text(), frc).getWidth();
        }
        g.setFont(saved);
    }

    private static Font fontFor(Font base, LabelRun.Script script) {
        return script == LabelRun.Script.NORMAL ? base : base.deriveFont(base.getSize2D() * SCRIPT_SCALE);
    }

    /** Downward shift of the run's baseline (negative for superscripts). */
    private static double shift(Font base, LabelRun.Script script) {
        return switch (script) {
            case SUB -> SUB_DROP * base.getSize2D();
            case SUPER -> -SUPER_RISE * base.getSize2D();
            default -> 0;
        };
    }
}
