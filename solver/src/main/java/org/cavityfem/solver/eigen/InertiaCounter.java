package org.cavityfem.solver.eigen;

import org.cavityfem.solver.eigen.InertiaCheck.Count;
import org.cavityfem.solver.linalg.CsrMatrix;
import org.cavityfem.solver.linalg.SingularMatrixException;
import org.cavityfem.solver.linalg.SymmetricFactorizer;

/**
 * Counts eigenvalues of (K, M) in a window by Sylvester's law of inertia: the number of negative
 * pivots of an LDLᵀ factorisation of K − xM is ν(x), the number of eigenvalues below x.
 *
 * <p>An end of the window costs no factorisation when the shift's factorisation already decides
 * its count (see {@link ShiftCount}); otherwise K − xM is factorised there.
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
     * What the shift's factorisation says beside the computed eigenvalues.
     *
     * <p>Why the counts it gives are exact. ν is non-decreasing, so ν(σ) = 0 gives ν(x) = 0 for
     * every x ≤ σ. When ν(σ) equals the number of computed eigenvalues below σ, and no computed
     * eigenvalue lies within {@code guard} of σ (so that none can sit on the wrong side of σ by its
     * rounding error, which is far below the guard), the computed ones below σ are approximations of
     * ν(σ) distinct eigenvalues below σ (M-orthonormal vectors with small residuals pair their Ritz
     * values with as many eigenvalues, counted with multiplicity, each within the residual: Kahan's
     * theorem, Parlett, The Symmetric Eigenvalue Problem, ch. 11), and there are no others: then
     * ν(x) for x ≤ σ is the number of computed eigenvalues below x, provided none lies within the
     * guard of x either. A computed eigenvalue missing below σ makes the two numbers differ, and the
     * shortcut is not taken.
     *
     * @param sigma the shift
     * @param below ν(σ), the negative pivots of the shift's factorisation
     * @param computed every eigenvalue the iteration returned, ascending
     * @param guard the distance within which a computed eigenvalue makes a point ambiguous
     */
    record ShiftCount(double sigma, int below, double[] computed, double guard) {

        /** True when every eigenvalue below σ was computed (see the class comment). */
        boolean allBelowFound() {
            return !near(sigma) && computedBelow(sigma) == below;
        }

        int computedBelow(double x) {
            int count = 0;
            for (double lambda : computed) {
                if (lambda < x) {
                    count++;
                }
            }
            return count;
        }

        boolean near(double x) {
            for (double lambda : computed) {
                if (Math.abs(lambda - x) <= guard) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Checks the window [lower, upper] against the number of eigenvalues found in it.
     *
     * @param shift the shift's count and the computed eigenvalues, or null when there is no
     *     factorisation at a shift (the dense solver)
     * @param margin how far an endpoint is moved outwards when it happens to be an eigenvalue
     */
    InertiaCheck check(double lower, double upper, int found, ShiftCount shift, double margin) {
        Counted low = count(lower, -margin, shift);
        Counted high = count(upper, margin, shift);
        return new InertiaCheck(low.at(), high.at(), low.below(), high.below(), found, low.source(), high.source());
    }

    /**
     * Checks a window the caller counted at both ends by factorisations of its own (so its counts
     * are exact), against the computed eigenvalues inside it. An end within the guard of a computed
     * eigenvalue could put that eigenvalue on the wrong side of the count: it is moved outwards by
     * the margin and counted there by a factorisation of its own, so that both the count and the
     * computed eigenvalue lie clearly on one side of it.
     *
     * @param shift the shift's count and every computed eigenvalue
     */
    InertiaCheck check(EigenRequest.CountedWindow window, ShiftCount shift, double margin) {
        Counted low = shift.near(window.lower()) ? countBelow(window.lower() - margin, -margin)
                : new Counted(window.lower(), window.belowLower(), Count.OWN_FACTORISATION);
        Counted high = shift.near(window.upper()) ? countBelow(window.upper() + margin, margin)
                : new Counted(window.upper(), window.belowUpper(), Count.OWN_FACTORISATION);
        int found = 0;
        for (double lambda : shift.computed()) {
            if (lambda >= low.at() && lambda <= high.at()) {
                found++;
            }
        }
        return new InertiaCheck(low.at(), high.at(), low.below(), high.below(), found, low.source(), high.source());
    }

    /** The number of eigenvalues below a point and where it came from. */
    private record Counted(double at, int below, Count source) {
    }

    private Counted count(double x, double step, ShiftCount shift) {
        if (shift != null) {
            if (x == shift.sigma()) {
                return new Counted(x, shift.below(), Count.SHIFT_FACTORISATION);
            }
            if (x < shift.sigma() && shift.below() == 0) {
                return new Counted(x, 0, Count.SHIFT_FACTORISATION);
            }
            if (x < shift.sigma() && shift.allBelowFound() && !shift.near(x)) {
                return new Counted(x, shift.computedBelow(x), Count.SHIFT_FACTORISATION_AND_FOUND_PAIRS);
            }
        }
        return countBelow(x, step);
    }

    /**
     * Eigenvalues below x by a factorisation there. When K − xM is singular, x is an eigenvalue;
     * the count is then taken at x + step instead, stepping outwards so that the eigenvalue stays
     * inside the window.
     */
    private Counted countBelow(double x, double step) {
        try {
            return new Counted(x, factorizer.factor(k, m, x).negativePivots(), Count.OWN_FACTORISATION);
        } catch (SingularMatrixException singular) {
            try {
                return new Counted(x + step, factorizer.factor(k, m, x + step).negativePivots(),
                        Count.OWN_FACTORISATION);
            } catch (SingularMatrixException again) {
                throw new EigenSolveException("the inertia check could not factor K - x*M at x = " + x + " nor at x = "
                        + (x + step) + ": both are eigenvalues to working precision", again);
            }
        }
    }
}
