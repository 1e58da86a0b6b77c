package vcl.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelParserTest {

    private static LabelRun n(String t) {
        return new LabelRun(t, LabelRun.Script.NORMAL);
    }

    private static LabelRun sub(String t) {
        return new LabelRun(t, LabelRun.Script.SUB);
    }

    private static LabelRun sup(String t) {
        return new LabelRun(t, LabelRun.Script.SUPER);
    }

    @Test
    void parsesSubscriptsSuperscriptsAndGroups() {
        assertEquals(List.of(n("ε"), sub("g"), sup("1")), LabelParser.parse("ε_g^1"));
        assertEquals(List.of(n("α"), sub("2")), LabelParser.parse("α_2"));
        assertEquals(List.of(n("q"), sup("*")), LabelParser.parse("q^*"));
        assertEquals(List.of(n("ε"), sup("2")), LabelParser.parse("ε^2"));
        assertEquals(List.of(n("T"), sub("c,1"), n(" (epochs)")), LabelParser.parse("T_{c,1} (epochs)"));
        assertEquals(List.of(n("r"), sub("0"), n(" ∈ {−0.5, 0}")), LabelParser.parse("r_0 ∈ {−0.5, 0}"));
        assertEquals(List.of(n("plain text")), LabelParser.parse("plain text"));
        assertEquals(List.of(), LabelParser.parse(""));
    }

    @Test
    void escapesAndGreekNames() {
        assertEquals(List.of(n("a_b^c")), LabelParser.parse("a\\_b\\^c"));
        assertEquals(List.of(n("α"), sub("2"), n(" and Γ")), LabelParser.parse("\\alpha_{2} and \\Gamma"));
        assertEquals(List.of(n("x"), sub("β")), LabelParser.parse("x_\\beta"));
        assertEquals(List.of(n("ω")), LabelParser.parse("\\omega"));
    }

    @Test
    void rejectsMalformedLabelsWithClearMessages() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LabelParser.parse("x_"))
                .getMessage().contains("at the end"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LabelParser.parse("x^{ab"))
                .getMessage().contains("never closed"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LabelParser.parse("x_{a_b}"))
                .getMessage().contains("do not nest"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LabelParser.parse("\\foo"))
                .getMessage().contains("unknown name \\foo"));
    }

    @Test
    void attributedStringCarriesScriptsAndFont() {
        Font font = new Font(Fonts.family(), Font.PLAIN, 30);
        AttributedCharacterIterator it = LabelParser.toAttributedString("ε_g^1 x", font, Color.BLACK).getIterator();
        Object[] expected = {null, TextAttribute.SUPERSCRIPT_SUB, TextAttribute.SUPERSCRIPT_SUPER, null, null};
        String text = "εg1 x";
        int i = 0;
        for (char c = it.first(); c != AttributedCharacterIterator.DONE; c = it.next(), i++) {
            assertEquals(text.charAt(i), c);
            Object script = it.getAttribute(TextAttribute.SUPERSCRIPT);
            if (expected[i] == null) {
                assertNull(script, "index " + i);
            } else {
                assertEquals(expected[i], script, "index " + i);
            }
            assertEquals(Fonts.family(), it.getAttribute(TextAttribute.FAMILY));
            assertEquals(30f, it.getAttribute(TextAttribute.SIZE));
        }
        assertEquals(5, i);
        it.first();
        assertEquals(1, it.getRunLimit(TextAttribute.SUPERSCRIPT));
    }

    @Test
    void plainTextUsesUnicodeScriptsWhereTheyExist() {
        assertEquals("α₂", LabelParser.toPlainText("α_2"));
        assertEquals("εg¹", LabelParser.toPlainText("ε_g^1"));
        assertEquals("q*", LabelParser.toPlainText("q^*"));
        assertEquals("ε²", LabelParser.toPlainText("ε^2"));
        assertEquals("10⁻³", LabelParser.toPlainText("10^{-3}"));
    }

    @Test
    void chosenFontDrawsGreekAndScripts() {
        Font font = Fonts.plain(20);
        assertEquals(-1, font.canDisplayUpTo("αβγεμ∈±−₀₁₂²*"), "font " + font.getFamily());
    }
}
