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
        module.addSerializer(Double.class, new DoubleValue());
        module.addSerializer(Double.TYPE, new DoubleValue());
        module.addSerializer(Float.class, new FloatValue());
        module.addSerializer(Float.TYPE, new FloatValue());
        module.addSerializer(double[].class, new DoubleArray());
        module.addSerializer(float[].class, new FloatArray());
        module.addSerializer(Path.class, ToStringSerializer.instance);
        return module;
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

    private static final class DoubleValue extends StdSerializer<Double> {
        DoubleValue() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator g, SerializerProvider provider) throws IOException {
            write(value, g);
        }
    }

    private static final class FloatValue extends StdSerializer<Float> {
        FloatValue() {
            super(Float.class);
        }

        @Override
        public void serialize(Float value, JsonGenerator g, SerializerProvider provider) throws IOException {
            write(value, g);
        }
    }

    private static final class DoubleArray extends StdSerializer<double[]> {
        DoubleArray() {
            super(double[].class);
        }

        @Override
        public void serialize(double[] values, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartArray(values, values.length);
            for (double v : values) {
                write(v, g);
            }
            g.writeEndArray();
        }
    }

    private static final class FloatArray extends StdSerializer<float[]> {
        FloatArray() {
            super(float[].class);
        }

        @Override
        public void serialize(float[] values, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartArray(values, values.length);
            for (float v : values) {
                write(v, g);
            }
            g.writeEndArray();
        }
    }
}
