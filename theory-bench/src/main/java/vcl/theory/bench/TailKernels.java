package vcl.theory.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import vcl.theory.numerics.GaussianTail;
import vcl.theory.numerics.GaussianTailTable;

/**
 * log H and the Mills ratio, per call: the exact special functions ({@link GaussianTail}) and the
 * table of the hot loops ({@link GaussianTailTable}), over {@value #POINTS} arguments swept in order
 * across [−12, 12] (the inner average visits u in order along its panels, so branches are predictable
 * as there). Sample time: JMH times each call of a benchmark method (1024 evaluations) and reports
 * percentiles per evaluation; on a machine shared with other work the fastest percentiles (p0.00,
 * p0.50) are the ones to read.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TailKernels {

    static final int POINTS = 1024;
    private final double[] u = new double[POINTS];
    private final double[] out = new double[2];

    public TailKernels() {
        for (int i = 0; i < POINTS; i++) {
            u[i] = -12 + 24.0 * (i + 0.5) / POINTS;
        }
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    public void logH(Blackhole bh) {
        for (double x : u) {
            bh.consume(GaussianTail.logH(x));
        }
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    public void mills(Blackhole bh) {
        for (double x : u) {
            bh.consume(GaussianTail.mills(x));
        }
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    public void logHAndMillsExact(Blackhole bh) {
        for (double x : u) {
            GaussianTail.logHAndMills(x, out);
            bh.consume(out[0]);
            bh.consume(out[1]);
        }
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    public void logHAndMillsTable(Blackhole bh) {
        for (double x : u) {
            GaussianTailTable.logHAndMills(x, out);
            bh.consume(out[0]);
            bh.consume(out[1]);
        }
    }
}
