package vcl.theory.franzparisi;

import vcl.theory.replica.QuadratureSettings;

/** The α1 = 2, β = 20 reference shared by the tests (built once). */
final class Reference {

    static final Task2Solver SOLVER = Task2Solver.around(2.0, 20, QuadratureSettings.DEFAULT, 1e-12, 400);

    private Reference() {
    }
}
