package vcl.theory.numerics;

import java.util.Arrays;

/**
 * Nodes and weights of a quadrature rule: {@code ∫ f ≈ Σ_i weights[i]·f(nodes[i])}.
 * Immutable (defensive copies); when built for a Gaussian expectation the weights include the
 * density, so {@code E_z[f] ≈ Σ_i w_i f(z_i)}.
 */
public record QuadratureRule(double[] nodes, double[] weights) {

    public QuadratureRule {
        if (nodes.length != weights.length || nodes.length == 0) {
            throw new IllegalArgumentException("nodes and weights must be non-empty and of equal length");
        }
        nodes = nodes.clone();
        weights = weights.clone();
    }

    public int size() {
        return nodes.length;
    }

    public double node(int i) {
        return nodes[i];
    }

    public double weight(int i) {
        return weights[i];
    }

    @Override
    public double[] nodes() {
        return nodes.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** The rule applied to values already evaluated at the nodes. */
    public double sum(double[] values) {
        double s = 0;
        for (int i = 0; i < nodes.length; i++) {
            s += weights[i] * values[i];
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuadratureRule r && Arrays.equals(nodes, r.nodes) && Arrays.equals(weights, r.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(nodes) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "QuadratureRule[" + nodes.length + " nodes]";
    }
}
