package org.cavityfem.solver.eigen;

import java.util.Arrays;
import org.cavityfem.solver.linalg.CsrMatrix;
import org.cavityfem.solver.linalg.SingularMatrixException;
import org.cavityfem.solver.linalg.SupernodalLdlFactorizer;
import org.cavityfem.solver.linalg.SymmetricFactorization;

/**
 * The lowest eigenvalues of a small pencil, without a completeness proof: an estimate, used to place
 * the shift of a lowest-eigenvalues request (see {@link EigenRequest#lowest}).
 *
 * <p>For a projected pencil (PᵀKP, PᵀMP) with K positive semi-definite, the j-th value returned is
 * at or above the j-th eigenvalue of (K, M) even when the iteration missed one of the projected
 * pencil's: the j-th of a subset of its eigenvalues is at or above its j-th, which is at or above
 * the j-th of (K, M) by the min-max principle.
 */
public final class LowestRitzValues {

    private static final int MAX_ITERATIONS = 300;

    private LowestRitzValues() {
    }

    /**
     * The {@code count} eigenvalues nearest 0, ascending (the lowest when K is positive
     * semi-definite).
     *
     * @param tolerance relative convergence tolerance of the Lanczos iteration
     * @throws EigenSolveException when the iteration fails; the caller then has no estimate
     */
    public static double[] of(CsrMatrix k, CsrMatrix m, int count, double tolerance) {
        int n = k.size();
        if (count < 1 || count > n - 2) {
            throw new IllegalArgumentException("need 1 <= count <= n - 2, got count " + count + ", n " + n);
        }
        if (n <= ShiftInvertEigenSolver.DENSE_LIMIT) {
            return Arrays.copyOf(DenseGeneralizedEigen.solve(k, m).eigenvalues(), count);
        }
        SupernodalLdlFactorizer factorizer = new SupernodalLdlFactorizer();
        double sigma = 0;
        SymmetricFactorization f;
        try {
            f = factorizer.factor(k, m, sigma);
        } catch (SingularMatrixException singular) {
            sigma = -ShiftInvertEigenSolver.SHIFT_PERTURBATION * EigenPairFinisher.spectralScale(k, m);
            f = factorizer.factor(k, m, sigma);
        }
        int ncv = ShiftInvertLanczos.defaultBasisSize(count, n);
        double[] lambda = ShiftInvertLanczos.run(m, f, sigma, count, ncv, tolerance, MAX_ITERATIONS).eigenvalues();
        Arrays.sort(lambda);
        return lambda;
    }
}
