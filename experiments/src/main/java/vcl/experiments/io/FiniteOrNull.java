package vcl.experiments.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Jackson serializers that write a floating-point number as itself when finite and as JSON
 * {@code null} when NaN or infinite (JSON has no such numbers), for boxed and primitive doubles
 * and floats and their arrays. Also writes paths as their plain text.
 */
final class FiniteOrNull {

    private FiniteOrNull() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("finite-or-null");
        module.addSerializer(Double.class, serializer(Double.class, FiniteOrNull::write));
        module.addSerializer(Double.TYPE, serializer(Double.TYPE, FiniteOrNull::write));
        module.addSerializer(Float.class, serializer(Float.class, FiniteOrNull::write));
        module.addSerializer(Float.TYPE, serializer(Float.TYPE, FiniteOrNull::write));
        module.addSerializer(double[].class, serializer(double[].class, (values, g) -> {
            g.writeStartArray(values, values.length);
            for (double v : values) {
                write(v, g);
            }
            g.writeEndArray();
        }));
        module.addSerializer(float[].class, serializer(float[].class, (values, g) -> {
            g.writeStartArray(values, values.length);
            for (float v : values) {
                write(v, g);
            }
            g.writeEndArray();
        }));
        module.addSerializer(Path.class, ToStringSerializer.instance);
        return module;
    }

    /** How one value of type T is written. */
    @FunctionalInterface
    private interface Writer<T> {
        void write(T value, JsonGenerator g) throws IOException;
    }

    /** The serializer of {@code type} that writes through {@code writer}. */
    private static <T> StdSerializer<T> serializer(Class<T> type, Writer<T> writer) {
        return new StdSerializer<>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
                writer.write(value, g);
            }
        };
    }

    private static void write(double v, JsonGenerator g) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumber(v);
        } else {
            g.writeNull();
        }
    }

    private static void write(float v, JsonGenerator g) throws IOException {
        if (Float.isFinite(v)) {
            g.writeNumber(v);
        } else {
            g.writeNull();
        }
    }
}
