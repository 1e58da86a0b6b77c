package vcl.sim.linalg;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/** Float arrays in the deep learners' checkpoints (big-endian, as {@link DataOutputStream#writeFloat}) and their finiteness. */
public final class FloatArrays {

    private FloatArrays() {
    }

    /** Writes every element of {@code a}, four bytes each. */
    public static void write(DataOutputStream out, float[] a) throws IOException {
        byte[] buf = new byte[a.length * 4];
        ByteBuffer.wrap(buf).asFloatBuffer().put(a);
        out.write(buf);
    }

    /** Fills {@code a} from the stream; an {@link java.io.EOFException} if it ends first. */
    public static void read(DataInputStream in, float[] a) throws IOException {
        byte[] buf = new byte[a.length * 4];
        in.readFully(buf);
        ByteBuffer.wrap(buf).asFloatBuffer().get(a);
    }

    /** Whether every element of every array is finite. */
    public static boolean finite(float[]... arrays) {
        for (float[] a : arrays) {
            for (float x : a) {
                if (!Float.isFinite(x)) {
                    return false;
                }
            }
        }
        return true;
    }
}
