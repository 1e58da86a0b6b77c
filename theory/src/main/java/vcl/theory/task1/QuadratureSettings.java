package vcl.theory.task1;

/**
 * Accuracy knobs of the deterministic quadratures of the task-1 theory.
 *
 * @param panelOrder Gauss-Legendre points per panel of the graded rules (accuracy doubles the digits
 *     when it doubles; the tests check that doubling changes the solution by less than 1e-9)
 * @param maxPanelWidth widest panel, in units of the standard Gaussian's width
 * @param zMax truncation of Gaussian averages to |z| ≤ zMax (mass beyond: 2H(zMax))
 * @param logDrop inner integrals stop where the log-integrand has dropped this far below its maximum
 */
public record QuadratureSettings(int panelOrder, double maxPanelWidth, double zMax, double logDrop) {

    /** Default: 1e-10-level accuracy of order parameters in the tests' refinement checks. */
    public static final QuadratureSettings DEFAULT = new QuadratureSettings(8, 1.0, 9.0, 40.0);

    public QuadratureSettings {
        if (panelOrder < 2 || !(maxPanelWidth > 0) || !(zMax >= 5) || !(logDrop >= 20)) {
            throw new IllegalArgumentException("quadrature settings out of range: order >= 2, width > 0, zMax >= 5, logDrop >= 20");
        }
    }

    /** Twice the points per panel, half the widest panel, wider truncation: for refinement checks. */
    public QuadratureSettings refined() {
        return new QuadratureSettings(2 * panelOrder, maxPanelWidth / 2, zMax + 1, logDrop + 10);
    }
}
