package vcl.experiments.figures;

import vcl.theory.task1.Task1Solution;

/** Observables of a task-1 solution as functions for plotting. */
final class Task1SolutionValues {

    private Task1SolutionValues() {
    }

    static double p(Task1Solution s) {
        return s.p();
    }

    static double eps(Task1Solution s) {
        return s.epsG();
    }
}
