package org.cavityfem.solver.eigen;

import org.cavityfem.solver.linalg.CsrMatrix;
import org.cavityfem.solver.linalg.SingularMatrixException;
import org.cavityfem.solver.linalg.SymmetricFactorizer;

/**
 * Counts eigenvalues of (K, M) in a window by Sylvester's law of inertia: the number of negative
 * pivots of an LDLᵀ factorisation of K − xM is the number of eigenvalues below x.
 */
final class InertiaCounter {

    private final SymmetricFactorizer factorizer;
    private final CsrMatrix k;
    private final CsrMatrix m;

    InertiaCounter(SymmetricFactorizer factorizer, CsrMatrix k, CsrMatrix m) {
        this.factorizer = factorizer;
        this.k = k;
        this.m = m;
    }

    /**
     * Checks the window [lower, upper] against the number of eigenvalues found in it.
     *
     * @param knownBelow eigenvalues below {@code knownAt}, from a factorisation already made, or −1
     * @param knownAt the point that count refers to (the shift)
     * @param margin how far an endpoint is moved outwards when it happens to be an eigenvalue
     */
    InertiaCheck check(double lower, double upper, int found, int knownBelow, double knownAt, double margin) {
        // No eigenvalue lies below a point that has none below it and is above the lower end.
        Count low = knownBelow == 0 && lower <= knownAt ? new Count(lower, 0) : countBelow(lower, -margin);
        Count high = countBelow(upper, margin);
        return new InertiaCheck(low.at(), high.at(), low.below(), high.below(), found);
    }

    /** The number of eigenvalues below a point. */
    private record Count(double at, int below) {
    }

    /**
     * Eigenvalues below x. When K − xM is singular, x is an eigenvalue; the count is then taken at
     * x + step instead, stepping outwards so that the eigenvalue stays inside the window.
     */
    private Count countBelow(double x, double step) {
        try {
            return new Count(x, factorizer.factor(k, m, x).negativePivots());
        } catch (SingularMatrixException singular) {
            try {
                return new Count(x + step, factorizer.factor(k, m, x + step).negativePivots());
            } catch (SingularMatrixException again) {
                throw new EigenSolveException("the inertia check could not factor K - x*M at x = " + x + " nor at x = "
                        + (x + step) + ": both are eigenvalues to working precision", again);
            }
        }
    }
}
