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
 * <p>A {@linkplain EigenRequest#lowest lowest-eigenvalues request} puts σ above the wanted
 * eigenvalues. When its factorisation counts ν(σ) ≥ count eigenvalues below σ, the iteration looks
 * for exactly those ν(σ) (the most negative θ = 1/(λ − σ)), all are returned, and the window
 * [λ_lowest − margin, σ] is proved by that one factorisation: the upper count is ν(σ), and the lower
 * is 0 because the found pairs account for all ν(σ) ({@link InertiaCounter}). An eigenvalue below σ
 * that the iteration misses keeps it from converging and fails the solve, never the proof. When
 * ν(σ) &lt; count, the {@code count} lowest computed pairs are returned with a window closed just
 * above them by a factorisation of its own. The dense solver, which computes every eigenvalue,
 * returns the same: all below σ when they are at least count, each end of their window counted by
 * a factorisation of its own.
 *
 * <p>The factorisation at σ also spares the lower end of a nearest-σ window a factorisation when
 * it lies below σ and either ν(σ) = 0 or the found pairs account for all ν(σ).
 *
 * <p>A {@linkplain EigenRequest#nearestBelowCeiling nearest-target request with a ceiling} puts σ
 * above the window of the wanted eigenvalues instead of at the target: the iteration looks for all
 * ν(σ) below σ, and when they are found and the window of the {@code count} nearest the target lies
 * below σ, that one factorisation proves it (both ends counted from the found pairs); otherwise the
 * request is solved at the target. A {@linkplain EigenRequest#window counted window} carries the
 * caller's counts at both ends: the iteration asks for exactly the eigenvalues between them, and the
 * check reuses the counts.
 *
 * <p>A shift that is an eigenvalue to working precision (K − σM singular) is moved once (down, or
 * up for a lowest-eigenvalues request, so it stays above the wanted eigenvalues) by
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
    /**
     * Fewest Lanczos vectors when the wanted eigenvalues are those below a shift placed just above
     * them: the nearest has a θ = 1/(λ − σ) far larger than every other and converges in a few steps,
     * and ARPACK first builds the whole basis before it tests convergence, so a short basis saves
     * solves (ARPACK's advice of 2·nev + 1 still holds above this).
     */
    static final int BELOW_SHIFT_MIN_BASIS = 8;
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

    /** The symbolic analysis of K − σM's factorisation, when the problem is not solved densely. */
    @Override
    public void prepare(CsrMatrix k, CsrMatrix m) {
        if (k.size() > DENSE_LIMIT) {
            factorizer.prepare(k, m);
        }
    }

    private EigenSolution solveDense(CsrMatrix k, CsrMatrix m, EigenRequest request) {
        ComputedPairs all = DenseGeneralizedEigen.solve(k, m);
        // Every eigenvalue was computed, so all below a lowest request's σ are found, unless one lies
        // within rounding of σ, on either side of it: then the count lowest, as the Lanczos route does.
        Selection selection = request.lowest()
                ? Selection.lowest(all, request.shift(), request.count(), !nearShift(all, request.shift()))
                : Selection.nearest(all, request.target(), request.count());
        InertiaCheck check = new InertiaCounter(factorizer, k, m).check(selection.lower, selection.upper,
                selection.indices.length, null, selection.margin);
        if (!check.complete()) {
            throw incomplete(check);
        }
        return new EigenSolution(finish(k, m, all, selection), check, 0, 0, 0);
    }

    /** Whether a computed eigenvalue lies within the guard of σ. */
    private static boolean nearShift(ComputedPairs all, double sigma) {
        double guard = guard(all, sigma);
        return Arrays.stream(all.eigenvalues()).anyMatch(lambda -> Math.abs(lambda - sigma) <= guard);
    }

    private EigenSolution solveLanczos(CsrMatrix k, CsrMatrix m, EigenRequest request) {
        if (request.belowCeiling()) {
            EigenSolution below = solveBelowCeiling(k, m, request);
            if (below != null) {
                return below;
            }
            // The ceiling did not serve: the nearest the target, from the target's own factorisation.
            return solveLanczos(k, m, new EigenRequest(request.target(), request.count(), request.tolerance(),
                    request.maxIterations()));
        }
        int n = k.size();
        boolean lowest = request.lowest();
        // A lowest-eigenvalues shift sits above the wanted ones: a singular one moves up, so it stays there.
        Shift shift = factorShift(k, m, request.shift(), lowest ? 1 : -1);
        double sigma = shift.sigma();
        SymmetricFactorization shifted = shift.factorization();
        long factorNonZeros = shifted.factorNonZeros();
        int belowShift = shifted.negativePivots();
        // A lowest-eigenvalues shift with at least count eigenvalues below it: find exactly those
        // ν(σ), the most negative θ = 1/(λ − σ), and none above σ. Otherwise the count nearest σ.
        boolean allBelow = lowest && belowShift >= request.count() && belowShift <= n - 2;
        int nev = allBelow ? belowShift : request.count();
        int ncv = allBelow ? Math.min(n, Math.max(2 * nev + 1, BELOW_SHIFT_MIN_BASIS))
                : ShiftInvertLanczos.defaultBasisSize(nev, n);
        int iterations = 0;
        int applications = 0;
        InertiaCounter counter = new InertiaCounter(factorizer, k, m);
        for (int attempt = 0;; attempt++) {
            if (shifted == null) {
                shifted = factorizer.factor(k, m, sigma);
            }
            ComputedPairs result;
            try {
                result = ShiftInvertLanczos.run(m, shifted, sigma, nev, ncv, request.tolerance(),
                        request.maxIterations(), allBelow);
            } catch (EigenSolveException notAll) {
                if (!allBelow) {
                    throw notAll;
                }
                throw belowShiftMissed(sigma, belowShift, notAll);
            }
            iterations += result.iterations();
            applications += result.operatorApplications();
            InertiaCounter.ShiftCount counts = new InertiaCounter.ShiftCount(sigma, belowShift, result.eigenvalues(),
                    guard(result, sigma));
            if (allBelow && counts.computedBelow(sigma) < belowShift && !counts.near(sigma) && attempt == 0
                    && ncv < n) {
                // Not all of them yet: once more with a larger basis, on the same factor.
                ncv = Math.min(n, 2 * ncv);
                continue;
            }
            // The factor is the largest object alive; the inertia check may need room for its own.
            shifted = null;
            Selection selection;
            InertiaCheck check;
            if (request.window() != null) {
                // The caller's counts are the proof; the window's eigenvalues are those nearest σ.
                EigenRequest.CountedWindow window = request.window();
                double margin = Math.max(WINDOW_MARGIN * (Math.abs(sigma) + 0.5 * (window.upper() - window.lower())),
                        2 * guard(result, sigma));
                check = counter.check(window, counts, margin);
                selection = Selection.inside(result, check.lower(), check.upper(), margin);
            } else {
                selection = lowest ? Selection.lowest(result, sigma, request.count(), counts.allBelowFound())
                        : Selection.nearest(result, sigma, request.count());
                check = counter.check(selection.lower, selection.upper, selection.indices.length, counts,
                        selection.margin);
            }
            boolean fromTheBottom = !lowest || check.eigenvaluesBelowLower() == 0;
            if (check.complete() && fromTheBottom) {
                return new EigenSolution(finish(k, m, result, selection), check, iterations, applications,
                        factorNonZeros);
            }
            // Room for what is missing: in the window, and for a lowest-eigenvalues request below it and below σ.
            int missing = lowest
                    ? Math.max(check.expected() - check.found(), 0) + check.eigenvaluesBelowLower()
                            + Math.max(belowShift - counts.computedBelow(sigma), 0)
                    : check.expected() - check.found();
            if (attempt > 0 || check.expected() < check.found() || missing <= 0 || nev == n - 2) {
                throw incomplete(check);
            }
            // The retry asks for the nearest σ: more than ν(σ) would send the below-σ mode into the
            // cluster of the high spectrum's θ near 0.
            allBelow = false;
            nev = Math.min(n - 2, (lowest ? nev : selection.indices.length) + missing);
            ncv = Math.min(n, Math.max(ShiftInvertLanczos.defaultBasisSize(nev, n), 2 * ncv));
        }
    }

    /**
     * The nearest-target request with σ at a ceiling above the wanted eigenvalues: the iteration
     * looks for every eigenvalue below σ (the most negative θ = 1/(λ − σ), as for a lowest request),
     * the shift's count says how many there are, and when they are all found, the window around the
     * target that holds the {@code count} nearest of them is counted at both ends from the found
     * pairs (rule 3 of design.md §2.4): every eigenvalue not found lies above σ, so when the window's
     * upper end is below σ no eigenvalue nearer the target than a returned one can have been missed.
     * One factorisation in all. Returns null (the caller then solves at the target) when the
     * ceiling is not above the window: fewer than {@code count} eigenvalues below it, the window
     * reaching it, or a computed eigenvalue too near it to take its count.
     *
     * @throws EigenSolveException when the iteration does not find all the eigenvalues the shift's
     *     count puts below σ: one was missed, and that is the inertia check failing
     */
    private EigenSolution solveBelowCeiling(CsrMatrix k, CsrMatrix m, EigenRequest request) {
        int n = k.size();
        Shift shift = factorShift(k, m, request.shift(), 1);
        double sigma = shift.sigma();
        SymmetricFactorization shifted = shift.factorization();
        long factorNonZeros = shifted.factorNonZeros();
        int belowShift = shifted.negativePivots();
        if (belowShift < request.count() || belowShift > n - 2) {
            return null;
        }
        int nev = belowShift;
        int ncv = Math.min(n, Math.max(2 * nev + 1, BELOW_SHIFT_MIN_BASIS));
        int iterations = 0;
        int applications = 0;
        for (int attempt = 0;; attempt++) {
            ComputedPairs result;
            try {
                result = ShiftInvertLanczos.run(m, shifted, sigma, nev, ncv, request.tolerance(),
                        request.maxIterations(), true);
            } catch (EigenSolveException notAll) {
                throw belowShiftMissed(sigma, belowShift, notAll);
            }
            iterations += result.iterations();
            applications += result.operatorApplications();
            InertiaCounter.ShiftCount counts = new InertiaCounter.ShiftCount(sigma, belowShift, result.eigenvalues(),
                    guard(result, sigma));
            if (counts.near(sigma)) {
                return null;
            }
            if (counts.computedBelow(sigma) < belowShift) {
                if (attempt == 0 && ncv < n) {
                    ncv = Math.min(n, 2 * ncv);
                    continue;
                }
                throw belowShiftMissed(sigma, belowShift, new EigenSolveException(
                        counts.computedBelow(sigma) + " of them converged"));
            }
            shifted = null;
            // The window's margin is twice the guard, so the found pairs at its ends are clear of them.
            Selection selection = Selection.nearest(result, request.target(), request.count(),
                    2 * guard(result, sigma));
            if (!(selection.upper < sigma) || counts.near(selection.upper) || counts.near(selection.lower)) {
                return null;
            }
            InertiaCheck check = new InertiaCounter(factorizer, k, m).check(selection.lower, selection.upper,
                    selection.indices.length, counts, selection.margin);
            if (!check.complete()) {
                throw incomplete(check);
            }
            return new EigenSolution(finish(k, m, result, selection), check, iterations, applications,
                    factorNonZeros);
        }
    }

    private static EigenSolveException belowShiftMissed(double sigma, int belowShift, EigenSolveException cause) {
        // The iteration stops only when all ν(σ) have converged: if one was missed, it can never find its
        // last pair. That is the inertia check failing, and said so.
        return new EigenSolveException("inertia check failed below the shift " + sigma + ": K - sigma*M has "
                + belowShift + " negative pivots, so " + belowShift + " eigenvalues lie below it, but the "
                + "Lanczos iteration did not find them all (" + cause.getMessage() + ")", cause);
    }

    /**
     * Distance from a point within which a computed eigenvalue could lie on either side of it by its
     * error: far above the error of a converged Rayleigh quotient, far below any eigenvalue gap the
     * solver resolves, and half the margin of a lowest-eigenvalues window, so the lowest computed
     * eigenvalue is never near that window's lower end.
     */
    private static double guard(ComputedPairs result, double sigma) {
        double bottom = Arrays.stream(result.eigenvalues()).min().orElse(sigma);
        return 0.5 * WINDOW_MARGIN * (Math.abs(sigma) + Math.abs(sigma - bottom));
    }

    /** A shift and the factorisation of K − σM there. */
    private record Shift(double sigma, SymmetricFactorization factorization) {
    }

    /**
     * Factors K − σM, moving σ once by a small step in {@code direction} (+1 up, −1 down) if it is
     * an eigenvalue to working precision.
     */
    private Shift factorShift(CsrMatrix k, CsrMatrix m, double sigma, int direction) {
        try {
            return new Shift(sigma, factorizer.factor(k, m, sigma));
        } catch (SingularMatrixException singular) {
            double step = SHIFT_PERTURBATION * Math.max(Math.abs(sigma), EigenPairFinisher.spectralScale(k, m));
            double moved = sigma + direction * step;
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

    /** The computed eigenpairs to return and the window whose completeness proves them. */
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

        /** Every computed eigenpair in [lower, upper]. */
        static Selection inside(ComputedPairs result, double lower, double upper, double margin) {
            double[] lambda = result.eigenvalues();
            int[] inside = IntStream.range(0, lambda.length)
                    .filter(i -> lambda[i] >= lower && lambda[i] <= upper)
                    .boxed()
                    .sorted(Comparator.comparingDouble(i -> lambda[i]))
                    .mapToInt(Integer::intValue)
                    .toArray();
            return new Selection(inside, lower, upper, margin);
        }

        /** The {@code count} nearest σ, then every other one inside the window they span around σ. */
        static Selection nearest(ComputedPairs result, double sigma, int count) {
            return nearest(result, sigma, count, Double.NaN);
        }

        /**
         * The {@code count} nearest σ, then every other one inside the window they span around σ,
         * widened by {@code margin}, or by {@value #WINDOW_MARGIN} (|σ| + reach) when that is NaN.
         */
        static Selection nearest(ComputedPairs result, double sigma, int count, double margin) {
            double[] lambda = result.eigenvalues();
            Integer[] byDistance = new Integer[lambda.length];
            for (int i = 0; i < lambda.length; i++) {
                byDistance[i] = i;
            }
            Arrays.sort(byDistance, Comparator.<Integer>comparingDouble(i -> Math.abs(lambda[i] - sigma))
                    .thenComparingDouble(i -> lambda[i]));
            double reach = Math.abs(lambda[byDistance[count - 1]] - sigma);
            double widening = Double.isNaN(margin) ? WINDOW_MARGIN * (Math.abs(sigma) + reach) : margin;
            double halfWidth = reach + widening;
            int[] inside = IntStream.range(0, lambda.length)
                    .filter(i -> Math.abs(lambda[i] - sigma) <= halfWidth)
                    .boxed()
                    .sorted(Comparator.comparingDouble(i -> lambda[i]))
                    .mapToInt(Integer::intValue)
                    .toArray();
            return new Selection(inside, sigma - halfWidth, sigma + halfWidth, widening);
        }

        /**
         * The lowest computed eigenpairs. When every eigenvalue below σ was found and they are at
         * least {@code count}, all of them, in the window [λ_lowest − margin, σ], whose upper count is
         * the shift's own; otherwise the {@code count} lowest and every other one within the margin
         * of the highest of them (a multiple eigenvalue is returned whole), in [λ_lowest − margin,
         * λ_count + margin].
         *
         * @param allBelowFound the shift's count equals the computed eigenvalues below it
         */
        static Selection lowest(ComputedPairs result, double sigma, int count, boolean allBelowFound) {
            double[] lambda = result.eigenvalues();
            int[] ascending = IntStream.range(0, lambda.length).boxed()
                    .sorted(Comparator.comparingDouble(i -> lambda[i])).mapToInt(Integer::intValue).toArray();
            double bottom = lambda[ascending[0]];
            int[] below = Arrays.stream(ascending).filter(i -> lambda[i] < sigma).toArray();
            if (allBelowFound && below.length >= count) {
                double margin = WINDOW_MARGIN * (Math.abs(sigma) + (sigma - bottom));
                return new Selection(below, bottom - margin, sigma, margin);
            }
            double top = lambda[ascending[Math.min(count, lambda.length) - 1]];
            double margin = WINDOW_MARGIN * (Math.abs(sigma) + Math.abs(top - sigma) + (top - bottom));
            double upper = top + margin;
            int[] inside = Arrays.stream(ascending).filter(i -> lambda[i] <= upper).toArray();
            return new Selection(inside, bottom - margin, upper, margin);
        }
    }
}
