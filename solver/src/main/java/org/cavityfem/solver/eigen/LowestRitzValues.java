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

    /**
     * The eigenvalues below x and the {@code count} computed just above it: a pencil's ν(x) and its
     * lowest Ritz values above x (the largest θ = 1/(λ − x)), ascending. The j-th of these is at or
     * above the eigenvalue of place ν(x) + j even when the iteration missed one (the j-th of a subset
     * is at or above the j-th of the whole).
     *
     * @param mostBelow the most eigenvalues below x for which the estimate is wanted: with more, no
     *     iteration is run
     * @throws EigenSolveException when x is an eigenvalue to working precision, more than
     *     {@code mostBelow} eigenvalues lie below it or fewer than {@code count} above it, or the
     *     iteration fails; the caller then has no estimate
     */
    public static Above above(CsrMatrix k, CsrMatrix m, double x, int count, int mostBelow, double tolerance) {
        int n = k.size();
        if (count < 1 || count > n - 2) {
            throw new IllegalArgumentException("need 1 <= count <= n - 2, got count " + count + ", n " + n);
        }
        SymmetricFactorization f;
        try {
            f = new SupernodalLdlFactorizer().factor(k, m, x);
        } catch (SingularMatrixException singular) {
            throw new EigenSolveException("the estimate's shift " + x + " is an eigenvalue", singular);
        }
        int below = f.negativePivots();
        if (below > mostBelow) {
            throw new EigenSolveException(below + " eigenvalues below " + x + ", more than " + mostBelow);
        }
        if (n - below < count) {
            throw new EigenSolveException("only " + (n - below) + " eigenvalues above " + x);
        }
        int ncv = ShiftInvertLanczos.defaultBasisSize(count, n);
        double[] lambda = ShiftInvertLanczos.run(m, f, x, count, ncv, tolerance, MAX_ITERATIONS, "LA").eigenvalues();
        Arrays.sort(lambda);
        return new Above(below, lambda);
    }

    /**
     * @param below ν(x), the eigenvalues below the point
     * @param values the lowest Ritz values computed above it, ascending
     */
    public record Above(int below, double[] values) {
    }
}
