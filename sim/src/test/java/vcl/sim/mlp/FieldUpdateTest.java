package vcl.sim.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.bytedeco.javacpp.FloatPointer;
import org.junit.jupiter.api.Test;

/**
 * Three steps of {@link FieldUpdate} on a block of 5000 fields (three tiles) against a
 * double-precision implementation of the rule, whose prior gradient is the central finite difference
 * of the exact KL divergence between the Bernoulli weight distributions,
 * KL(θ; θ') = β(θ − θ')·tanh βθ − log cosh βθ + log cosh βθ'.
 */
class FieldUpdateTest {

    private static final int N = 5000;
    private static final float BETA = 2.5f;

    @Test
    void taskBoundaryPriorIsTheExactGradientOfTheKlDivergence() {
        check(MlpTraining.PAPER.withPrior(0.7, KlAnchor.TASK_BOUNDARY));
    }

    @Test
    void streamingPriorCarriesTheKlGradientOfTheLastStep() {
        check(MlpTraining.PAPER.withPrior(1.0, KlAnchor.STREAMING));
    }

    @Test
    void withoutPriorItIsPlainAdam() {
        check(MlpTraining.PAPER.withPrior(1.0, KlAnchor.NONE));
    }

    private static void check(MlpTraining training) {
        Random rnd = new Random(5);
        float[] theta = new float[N];
        float[] anchor = new float[N];
        float[][] dMu = new float[3][N];
        float[][] dSigma = new float[3][N];
        for (int i = 0; i < N; i++) {
            theta[i] = (float) (0.5 * rnd.nextGaussian());
            anchor[i] = theta[i] + (float) (0.2 * rnd.nextGaussian());
            for (int s = 0; s < 3; s++) {
                dMu[s][i] = (float) (0.3 * rnd.nextGaussian());
                dSigma[s][i] = (float) (0.3 * rnd.nextGaussian());
            }
        }
        double[] refTheta = new double[N];
        for (int i = 0; i < N; i++) {
            refTheta[i] = theta[i];
        }
        double[] refM = new double[N];
        double[] refV = new double[N];
        double[] refCarry = new double[N];
        float[] m = new float[N];
        float[] v = new float[N];
        float[] carry = new float[N];
        boolean boundary = training.anchor() == KlAnchor.TASK_BOUNDARY;
        FieldUpdate.Scratch scratch = new FieldUpdate.Scratch(theta, BETA);
        try (FloatPointer dMuN = new FloatPointer((long) N); FloatPointer dSigmaN = new FloatPointer((long) N);
             FloatPointer muN = new FloatPointer((long) N); FloatPointer sigmaN = new FloatPointer((long) N)) {
            for (int s = 0; s < 3; s++) {
                long step = s + 1;
                dMuN.position(0).put(dMu[s], 0, N);
                dSigmaN.position(0).put(dSigma[s], 0, N);
                FieldUpdate.apply(training, BETA, step, dMuN, dSigmaN, theta, m, v, carry, boundary ? anchor : null,
                        muN, sigmaN, scratch);
                for (int i = 0; i < N; i++) {
                    double mu = Math.tanh(BETA * refTheta[i]);
                    double sigma = 1 - mu * mu;
                    double g = BETA * sigma * (dMu[s][i] - 2 * mu * dSigma[s][i]);
                    if (boundary) {
                        g += training.klWeight() * klGradient(refTheta[i], anchor[i]);
                    } else if (training.anchor() == KlAnchor.STREAMING) {
                        g += training.klWeight() * refCarry[i];
                    }
                    refM[i] = training.beta1() * refM[i] + (1 - training.beta1()) * g;
                    refV[i] = training.beta2() * refV[i] + (1 - training.beta2()) * g * g;
                    double mHat = refM[i] / (1 - Math.pow(training.beta1(), step));
                    double vHat = refV[i] / (1 - Math.pow(training.beta2(), step));
                    double old = refTheta[i];
                    refTheta[i] = old - training.learningRate() * mHat / (Math.sqrt(vHat) + training.epsilon());
                    refCarry[i] = BETA * BETA * sigma * (refTheta[i] - old);
                }
            }
            float[] mu = new float[N];
            float[] sigma = new float[N];
            muN.position(0).get(mu, 0, N);
            sigmaN.position(0).get(sigma, 0, N);
            for (int i = 0; i < N; i++) {
                // σ = 1 − μ² in single precision, with μ good to 4e-7, is good to about 1e-6/σ relative:
                // near saturation each of the three Adam steps of size lr may be off by that fraction
                double refSigma = 1 - Math.pow(Math.tanh(BETA * refTheta[i]), 2);
                double tolerance = 2e-6 + 3 * training.learningRate() * Math.min(1, 1e-6 / refSigma);
                assertEquals(refTheta[i], theta[i], tolerance, "field " + i);
                double refMu = Math.tanh(BETA * refTheta[i]);
                assertEquals(refMu, mu[i], 2e-6, "mean " + i);
                assertEquals(1 - refMu * refMu, sigma[i], 4e-6, "variance " + i);
                if (training.anchor() == KlAnchor.STREAMING) {
                    assertEquals(refCarry[i], carry[i], 1e-5 * (1 + Math.abs(refCarry[i])), "carried prior " + i);
                }
            }
        }
    }

    /** d/dθ of the exact KL divergence, by central differences. */
    private static double klGradient(double theta, double anchor) {
        double h = 1e-6;
        return (kl(theta + h, anchor) - kl(theta - h, anchor)) / (2 * h);
    }

    private static double kl(double theta, double anchor) {
        return BETA * (theta - anchor) * Math.tanh(BETA * theta) - Math.log(Math.cosh(BETA * theta))
                + Math.log(Math.cosh(BETA * anchor));
    }
}
