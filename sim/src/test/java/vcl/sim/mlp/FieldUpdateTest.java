package vcl.sim.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Three Adam steps of {@link FieldUpdate} against a double-precision implementation of the rule,
 * whose prior gradient is the central finite difference of the exact KL divergence between the
 * Bernoulli weight distributions, KL(θ; θ') = β(θ − θ')·tanh βθ − log cosh βθ + log cosh βθ'.
 */
class FieldUpdateTest {

    private static final int N = 64;
    private static final float BETA = 2.5f;

    @Test
    void taskBoundaryPriorIsTheExactGradientOfTheKlDivergence() {
        MlpTraining training = MlpTraining.PAPER.withPrior(0.7, KlAnchor.TASK_BOUNDARY);
        check(training);
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
        float[][] grads = new float[3][N];
        for (int i = 0; i < N; i++) {
            theta[i] = (float) (0.5 * rnd.nextGaussian());
            anchor[i] = theta[i] + (float) (0.2 * rnd.nextGaussian());
            for (int s = 0; s < 3; s++) {
                grads[s][i] = (float) (0.3 * rnd.nextGaussian());
            }
        }
        double[] refTheta = toDouble(theta);
        double[] refM = new double[N];
        double[] refV = new double[N];
        double[] refCarry = new double[N];
        float[] m = new float[N];
        float[] v = new float[N];
        float[] carry = new float[N];
        float[] mu = new float[N];
        float[] sigma = new float[N];
        FastTanh.meanAndVariance(theta, BETA, mu, sigma);
        boolean boundary = training.anchor() == KlAnchor.TASK_BOUNDARY;
        for (int s = 0; s < 3; s++) {
            long step = s + 1;
            FieldUpdate.apply(training, BETA, step, grads[s].clone(), theta, m, v, carry, boundary ? anchor : null, mu,
                    sigma);
            for (int i = 0; i < N; i++) {
                double g = grads[s][i];
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
                double sigmaOld = 1 - Math.pow(Math.tanh(BETA * old), 2);
                refCarry[i] = BETA * BETA * sigmaOld * (refTheta[i] - old);
            }
        }
        for (int i = 0; i < N; i++) {
            assertEquals(refTheta[i], theta[i], 2e-6, "field " + i);
            assertEquals(Math.tanh(BETA * refTheta[i]), mu[i], 2e-6, "mean " + i);
            if (training.anchor() == KlAnchor.STREAMING) {
                assertEquals(refCarry[i], carry[i], 1e-5 * (1 + Math.abs(refCarry[i])), "carried prior " + i);
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

    private static double[] toDouble(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        return d;
    }
}
