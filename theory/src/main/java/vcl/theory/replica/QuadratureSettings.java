package vcl.theory.replica;

/**
 * Accuracy knobs of the deterministic quadratures of the replica theory (the energetic and entropic
 * terms of task 1, and the task-2 reference density and Franz-Parisi measure).
 *
 * @param panelOrder Gauss-Legendre points per panel of the graded rules (accuracy doubles the digits
 *     when it doubles; the tests check that doubling changes the solution by less than 1e-9)
 * @param maxPanelWidth widest panel, in units of the standard Gaussian's width
 * @param zMax truncation of Gaussian averages to |z| ≤ zMax (mass beyond: 2H(zMax))
 * @param logDrop inner integrals stop where the log-integrand has dropped this far below its maximum
 * @param panelDrop largest change of a log-integrand across one panel; an n-point Gauss-Legendre rule
 *     integrates {@code e^{−Δ t}} over a panel with relative error ≈ (Δ/2)^{2n}·c_n: ~1e-15 for
 *     (n, Δ) = (8, 3) and (16, 16)
 */
public record QuadratureSettings(int panelOrder, double maxPanelWidth, double zMax, double logDrop,
        double panelDrop) {

    /** Default: G_E and its derivatives within 2e-14 (relative) of a twice-refined rule at task-1 solutions. */
    public static final QuadratureSettings DEFAULT = new QuadratureSettings(12, 3.0, 8.5, 32.0, 10.0);

    public QuadratureSettings {
        if (panelOrder < 2 || !(maxPanelWidth > 0) || !(zMax >= 5) || !(logDrop >= 20) || !(panelDrop > 0)) {
            throw new IllegalArgumentException(
                    "quadrature settings out of range: order >= 2, width > 0, zMax >= 5, logDrop >= 20, panelDrop > 0");
        }
    }

    /** Twice the points per panel, half the widest panel and panel drop, wider truncation: for refinement checks. */
    public QuadratureSettings refined() {
        return new QuadratureSettings(2 * panelOrder, maxPanelWidth / 2, zMax + 1, logDrop + 10, panelDrop / 2);
    }
}
