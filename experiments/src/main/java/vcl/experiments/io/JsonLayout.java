package vcl.experiments.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The layout of the workbench's JSON files, as a Jackson pretty printer for trees: two-space
 * indentation, {@code "key": value} with one entry per line, an array of plain values on one
 * line ({@code [0.5, 1.0]}), an array holding objects or arrays with one element per line, and
 * {@code {}} / {@code []} when empty. Each written document gets a fresh instance.
 */
final class JsonLayout implements PrettyPrinter, Instantiatable<JsonLayout> {

    private int level;
    private final Deque<Boolean> inlineArrays = new ArrayDeque<>();

    @Override
    public JsonLayout createInstance() {
        return new JsonLayout();
    }

    private void newLine(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
        g.writeRaw("  ".repeat(level));
    }

    private void separateOnNewLine(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        newLine(g);
    }

    /** Opens an object or array one level deeper. */
    private void open(JsonGenerator g, char bracket) throws IOException {
        g.writeRaw(bracket);
        level++;
    }

    /** Closes an object or array, on a line of its own when {@code ownLine}. */
    private void close(JsonGenerator g, boolean ownLine, char bracket) throws IOException {
        level--;
        if (ownLine) {
            newLine(g);
        }
        g.writeRaw(bracket);
    }

    /** An array goes on one line when none of its elements is an object or an array. */
    private static boolean inline(Object array) {
        if (array instanceof JsonNode node) {
            for (JsonNode element : node) {
                if (element.isContainerNode()) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        open(g, '{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        newLine(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        separateOnNewLine(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        close(g, entries > 0, '}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        inlineArrays.push(inline(g.getOutputContext().getCurrentValue()));
        open(g, '[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (!inlineArrays.peek()) {
            newLine(g);
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        if (inlineArrays.peek()) {
            g.writeRaw(", ");
        } else {
            separateOnNewLine(g);
        }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        close(g, !inlineArrays.pop() && values > 0, ']');
    }
}
