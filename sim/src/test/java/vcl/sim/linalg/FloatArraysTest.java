package vcl.sim.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class FloatArraysTest {

    private static final float[] VALUES = {0f, -0f, 1.5f, -3.25e-30f, Float.MIN_VALUE, Float.MAX_VALUE, 7e-39f};

    @Test
    void writesTheBytesOfWriteFloatAndReadsThemBack() throws IOException {
        ByteArrayOutputStream bulk = new ByteArrayOutputStream();
        FloatArrays.write(new DataOutputStream(bulk), VALUES);
        ByteArrayOutputStream single = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(single);
        for (float v : VALUES) {
            out.writeFloat(v);
        }
        assertArrayEquals(single.toByteArray(), bulk.toByteArray());
        float[] back = new float[VALUES.length];
        FloatArrays.read(new DataInputStream(new ByteArrayInputStream(bulk.toByteArray())), back);
        assertArrayEquals(VALUES, back);
        byte[] cut = java.util.Arrays.copyOf(bulk.toByteArray(), 10);
        assertThrows(EOFException.class,
                () -> FloatArrays.read(new DataInputStream(new ByteArrayInputStream(cut)), new float[VALUES.length]));
    }

    @Test
    void finiteLooksAtEveryArray() {
        assertTrue(FloatArrays.finite(VALUES, new float[0]));
        assertFalse(FloatArrays.finite(VALUES, new float[] {1f, Float.NaN}));
        assertFalse(FloatArrays.finite(new float[] {Float.NEGATIVE_INFINITY}));
    }
}
