package vcl.experiments.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON for provenance records and result rows, written by Jackson: maps keep their insertion
 * order, primitive and object arrays and collections become JSON arrays, records become objects,
 * enums their {@code toString()}. Non-finite numbers (NaN, ±∞) have no JSON form and are written
 * as {@code null}. Layout: two-space indentation, one entry per line, arrays of plain values on one
 * line ({@link JsonLayout}).
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(FiniteOrNull.module())
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(new JsonLayout());
    private static final ObjectReader MAP_READER = MAPPER.readerForMapOf(Object.class);

    private Json() {
    }

    /** The value as indented JSON text (no trailing newline). */
    public static String write(Object value) {
        if (value == null) {
            return "null";
        }
        try {
            JsonNode tree = MAPPER.valueToTree(value);
            return WRITER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a JSON object (as {@link #write} writes one) into maps, lists, strings, numbers,
     * booleans and nulls; keys keep their order.
     */
    public static Map<String, Object> readObject(String text) {
        try {
            return new LinkedHashMap<>(MAP_READER.readValue(text));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getOriginalMessage(), e);
        }
    }
}
