package org.cavityfem.solver.eigen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.cavityfem.solver.linalg.CsrMatrix;
import org.cavityfem.solver.linalg.SingularMatrixException;
import org.cavityfem.solver.linalg.SupernodalLdlFactorizer;
import org.cavityfem.solver.linalg.SymmetricFactorization;
import org.cavityfem.solver.linalg.SymmetricFactorizer;

/**
 * Eigenpairs of K x = λ M x nearest a shift σ by shift-invert Lanczos (ARPACK mode 3 on
 * (K − σM)⁻¹ M), checked for completeness by Sylvester's law of inertia.
 *
 * <p>The result holds the eigenpairs nearest σ, ascending, M-normalised, sign fixed so that the
 * largest-magnitude component is positive, each with its relative residual. The inertia check
 * covers the window σ ± (d + margin), d the distance from σ to the farthest returned eigenvalue,
 * margin = {@value #WINDOW_MARGIN} · (|σ| + d): it proves that no eigenvalue nearer σ than a returned
 * one was missed. Every computed eigenpair inside that window is returned, so when the eigenvalue at
 * the edge of the request is multiple and its eigenspace straddles {@code count}, the whole
 * eigenspace is returned and the list is longer than {@code count}: only complete eigenspaces can be
 * certified. If the check finds eigenvalues missing, the Lanczos run is repeated once with room for
 * them and a larger basis.
 *
 * <p>A shift that is an eigenvalue to working precision (K − σM singular) is moved down once by
 * {@value #SHIFT_PERTURBATION} · max(|σ|, tr K / tr M). Problems of order up to
 * {@value #DENSE_LIMIT} are solved densely (their solution reports no iterations, operator
 * applications or factor entries). Results are reproducible bit for bit: the Lanczos start vector
 * is fixed and all arithmetic is single-threaded and deterministic. Eigenvalues are reported as
 * Rayleigh quotients (see {@link EigenPairFinisher}).
 *
 * <pre>{@code
 * EigenSolution lowest = new ShiftInvertEigenSolver().solve(k, m, new EigenRequest(0, 6, 1e-13, 300));
 * }</pre>
 */
public final class ShiftInvertEigenSolver implements GeneralizedEigenSolver {

    /** Relative widening of the inertia window, so eigenvalues on its edge count robustly. */
    static final double WINDOW_MARGIN = 1e-8;
    /** Relative move of a singular shift. */
    static final double SHIFT_PERTURBATION = 1e-6;
    /** Largest order solved by the dense eigensolver instead of Lanczos. */
    static final int DENSE_LIMIT = 200;

    private final SymmetricFactorizer factorizer;

    /** Uses the supernodal LDLᵀ back end. */
    public ShiftInvertEigenSolver() {
        this(new SupernodalLdlFactorizer());
    }

    /** @param factorizer factorises K − σM for the shift and for the inertia check */
    public ShiftInvertEigenSolver(SymmetricFactorizer factorizer) {
        this.factorizer = factorizer;
    }

    @Override
    public EigenSolution solve(CsrMatrix k, CsrMatrix m, EigenRequest request) {
        int n = k.size();
        if (m.size() != n) {
            throw new IllegalArgumentException("K is of order " + n + " but M of order " + m.size());
        }
        if (request.count() > n) {
            throw new EigenSolveException("asked for " + request.count() + " eigenpairs of a problem with only " + n);
        }
        if (n <= DENSE_LIMIT) {
            return solveDense(k, m, request);
        }
        if (request.count() >= n - 1) {
            throw new EigenSolveException("asked for " + request.count() + " eigenpairs of a problem of order " + n
                    + "; the Lanczos method needs count <= n - 2: ask for fewer");
        }
        return solveLanczos(k, m, request);
    }

    private EigenSolution solveDense(CsrMatrix k, CsrMatrix m, EigenRequest request) {
        ComputedPairs all = DenseGeneralizedEigen.solve(k, m);
        Selection selection = Selection.of(all, request.shift(), request.count());
        InertiaCheck check = new InertiaCounter(factorizer, k, m).check(selection.lower, selection.upper,
                selection.indices.length, -1, request.shift(), selection.margin);
        if (!check.complete()) {
            throw incomplete(check);
        }
        return new EigenSolution(finish(k, m, all, selection), check, 0, 0, 0);
    }

    private EigenSolution solveLanczos(CsrMatrix k, CsrMatrix m, EigenRequest request) {
        int n = k.size();
        Shift shift = factorShift(k, m, request.shift());
        double sigma = shift.sigma();
        SymmetricFactorization shifted = shift.factorization();
        long factorNonZeros = shifted.factorNonZeros();
        int belowShift = shifted.negativePivots();
        int nev = request.count();
        int ncv = ShiftInvertLanczos.defaultBasisSize(nev, n);
        int iterations = 0;
        int applications = 0;
        InertiaCounter counter = new InertiaCounter(factorizer, k, m);
        for (int attempt = 0;; attempt++) {
            if (shifted == null) {
                shifted = factorizer.factor(k, m, sigma);
            }
            ComputedPairs result = ShiftInvertLanczos.run(m, shifted, sigma, nev, ncv,
                    request.tolerance(), request.maxIterations());
            // The factor is the largest object alive; the inertia check needs room for its own.
            shifted = null;
            iterations += result.iterations();
            applications += result.operatorApplications();
            Selection selection = Selection.of(result, sigma, request.count());
            InertiaCheck check = counter.check(selection.lower, selection.upper, selection.indices.length, belowShift,
                    sigma, selection.margin);
            if (check.complete()) {
                return new EigenSolution(finish(k, m, result, selection), check, iterations, applications,
                        factorNonZeros);
            }
            int missing = check.expected() - check.found();
            if (attempt > 0 || missing < 0 || nev == n - 2) {
                throw incomplete(check);
            }
            nev = Math.min(n - 2, selection.indices.length + missing);
            ncv = Math.min(n, Math.max(ShiftInvertLanczos.defaultBasisSize(nev, n), 2 * ncv));
        }
    }

    /** A shift and the factorisation of K − σM there. */
    private record Shift(double sigma, SymmetricFactorization factorization) {
    }

    /** Factors K − σM, moving σ down once if it is an eigenvalue to working precision. */
    private Shift factorShift(CsrMatrix k, CsrMatrix m, double sigma) {
        try {
            return new Shift(sigma, factorizer.factor(k, m, sigma));
        } catch (SingularMatrixException singular) {
            double step = SHIFT_PERTURBATION * Math.max(Math.abs(sigma), EigenPairFinisher.spectralScale(k, m));
            double moved = sigma - step;
            try {
                return new Shift(moved, factorizer.factor(k, m, moved));
            } catch (SingularMatrixException again) {
                throw new EigenSolveException("K - sigma*M is singular both at the requested shift " + sigma
                        + " and at the moved shift " + moved + "; choose another shift", again);
            }
        }
    }

    private static EigenSolveException incomplete(InertiaCheck check) {
        return new EigenSolveException("inertia check failed on the window [" + check.lower() + ", " + check.upper()
                + "]: K - x*M has " + check.eigenvaluesBelowLower() + " negative pivots at the lower end and "
                + check.eigenvaluesBelowUpper() + " at the upper end, so " + check.expected()
                + " eigenvalues lie in the window, but " + check.found() + " were found; try a larger count, "
                + "another shift, or a tighter tolerance");
    }

    private static List<EigenPair> finish(CsrMatrix k, CsrMatrix m, ComputedPairs result,
            Selection selection) {
        int n = k.size();
        EigenPairFinisher finisher = new EigenPairFinisher(k, m);
        List<EigenPair> pairs = new ArrayList<>(selection.indices.length);
        for (int index : selection.indices) {
            double[] x = Arrays.copyOfRange(result.vectors(), index * n, (index + 1) * n);
            pairs.add(finisher.finish(x));
        }
        // Rayleigh quotients may reorder the members of a tight cluster.
        pairs.sort(Comparator.comparingDouble(EigenPair::eigenvalue));
        return List.copyOf(pairs);
    }

    /**
     * The computed eigenpairs to return: the {@code count} nearest σ, then every other one inside
     * the window they span around σ.
     */
    private static final class Selection {

        /** Indices into the computed pairs, ascending by eigenvalue. */
        final int[] indices;
        final double lower;
        final double upper;
        final double margin;

        private Selection(int[] indices, double lower, double upper, double margin) {
            this.indices = indices;
            this.lower = lower;
            this.upper = upper;
            this.margin = margin;
        }

        static Selection of(ComputedPairs result, double sigma, int count) {
            double[] lambda = result.eigenvalues();
            Integer[] byDistance = new Integer[lambda.length];
            for (int i = 0; i < lambda.length; i++) {
                byDistance[i] = i;
            }
            Arrays.sort(byDistance, Comparator.<Integer>comparingDouble(i -> Math.abs(lambda[i] - sigma))
                    .thenComparingDouble(i -> lambda[i]));
            double reach = Math.abs(lambda[byDistance[count - 1]] - sigma);
            double margin = WINDOW_MARGIN * (Math.abs(sigma) + reach);
            double halfWidth = reach + margin;
            int[] inside = IntStream.range(0, lambda.length)
                    .filter(i -> Math.abs(lambda[i] - sigma) <= halfWidth)
                    .boxed()
                    .sorted(Comparator.comparingDouble(i -> lambda[i]))
                    .mapToInt(Integer::intValue)
                    .toArray();
            return new Selection(inside, sigma - halfWidth, sigma + halfWidth, margin);
        }
    }
}
