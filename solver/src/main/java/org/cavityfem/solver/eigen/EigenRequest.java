package org.cavityfem.solver.eigen;

/**
 * What to compute: the {@code count} eigenvalues λ of K x = λ M x nearest a target, or, for a
 * {@linkplain #lowest lowest-eigenvalues request}, the {@code count} lowest ones.
 *
 * @param shift σ, in the units of λ (for the H_phi problem λ = k², 1/m²): the point the iteration
 *     factorises K − σM at
 * @param count number of eigenpairs wanted, >= 1
 * @param tolerance relative convergence tolerance of the Lanczos iteration (e.g. 1e-12)
 * @param maxIterations restart limit of the iteration
 * @param lowest true for the {@code count} lowest eigenvalues with σ placed at or just above the
 *     {@code count}-th of them, false for the {@code count} nearest the target
 * @param target the point the wanted eigenvalues are nearest (units of λ): σ itself, except for a
 *     {@linkplain #nearestBelowCeiling nearest-target request with a ceiling}; NaN for a lowest
 *     request
 * @param window the caller's own inertia counts at both ends of a window around σ that holds
 *     exactly {@code count} eigenvalues ({@link #window}), or null
 */
public record EigenRequest(double shift, int count, double tolerance, int maxIterations, boolean lowest,
        double target, CountedWindow window) {

    public EigenRequest {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, got " + count);
        }
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("tolerance must be > 0, got " + tolerance);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        }
        if (!Double.isFinite(shift)) {
            throw new IllegalArgumentException("shift must be finite, got " + shift);
        }
        if (!lowest && !Double.isFinite(target)) {
            throw new IllegalArgumentException("target must be finite, got " + target);
        }
        if (window != null && (lowest || target != shift || window.inside() != count || !(window.lower() < shift)
                || !(shift < window.upper()))) {
            throw new IllegalArgumentException("a counted window must hold exactly count = " + count
                    + " eigenvalues around the shift " + shift + ", got " + window);
        }
    }

    /** The {@code count} eigenvalues nearest {@code shift}. */
    public EigenRequest(double shift, int count, double tolerance, int maxIterations) {
        this(shift, count, tolerance, maxIterations, false, shift, null);
    }

    /** True when σ is not the target but a ceiling above the wanted eigenvalues. */
    public boolean belowCeiling() {
        return !lowest && target != shift;
    }

    /**
     * The {@code count} lowest eigenvalues, factorising at {@code ceiling}: when ceiling lies above
     * the {@code count}-th eigenvalue, that one factorisation both drives the iteration and proves
     * that no eigenvalue below it was missed (its negative pivots count them all), so no other
     * factorisation is made. A Ritz value of any trial subspace lies at or above the eigenvalue of
     * the same place (the min-max principle), so a slightly raised {@code count}-th Ritz value of a
     * coarse space is such a ceiling. A ceiling that is too low costs one more factorisation, never
     * a wrong answer; one far too high costs Lanczos work for the eigenvalues below it.
     *
     * @param ceiling σ, expected just above the {@code count}-th eigenvalue (units of λ)
     */
    public static EigenRequest lowest(int count, double ceiling, double tolerance, int maxIterations) {
        return new EigenRequest(ceiling, count, tolerance, maxIterations, true, Double.NaN, null);
    }

    /**
     * The {@code count} eigenvalues nearest {@code target}, factorising at {@code ceiling} above
     * them instead of at the target: when every eigenvalue below the ceiling is found (its negative
     * pivots say how many there are) and the {@code count} nearest the target lie within ceiling −
     * target of it, that one factorisation proves the window around the target (every eigenvalue
     * outside what was found lies above the ceiling, farther from the target than the found ones).
     * Otherwise the request is solved as the nearest {@code count} to the target, with the target's
     * factorisation and the counts of the window's ends. As for {@link #lowest}, the ceiling decides
     * the cost only, never the proof.
     *
     * @param target the point the wanted eigenvalues are nearest (units of λ)
     * @param ceiling σ, expected above the wanted eigenvalues (units of λ), > target
     */
    public static EigenRequest nearestBelowCeiling(double target, int count, double ceiling, double tolerance,
            int maxIterations) {
        if (!(ceiling > target)) {
            throw new IllegalArgumentException("the ceiling " + ceiling + " must lie above the target " + target);
        }
        return new EigenRequest(ceiling, count, tolerance, maxIterations, false, target, null);
    }

    /**
     * The {@code window.inside()} eigenvalues of a window the caller has counted at both ends by
     * factorisations of its own, sought nearest a shift inside it: the counts are the proof, and the
     * solver makes no factorisation beyond the shift's.
     *
     * @param shift σ, strictly inside the window; the midpoint makes the eigenvalues inside it
     *     exactly the {@code window.inside()} nearest σ
     */
    public static EigenRequest window(double shift, CountedWindow window, double tolerance, int maxIterations) {
        return new EigenRequest(shift, window.inside(), tolerance, maxIterations, false, shift, window);
    }

    /**
     * A window [lower, upper] with ν at both ends, the negative pivots of LDLᵀ factorisations of
     * K − xM there (Sylvester: the number of eigenvalues below x).
     *
     * @param lower lower end (units of λ)
     * @param upper upper end (units of λ), above lower
     * @param belowLower ν(lower)
     * @param belowUpper ν(upper)
     */
    public record CountedWindow(double lower, double upper, int belowLower, int belowUpper) {

        public CountedWindow {
            if (!(lower < upper) || belowLower < 0 || belowUpper < belowLower) {
                throw new IllegalArgumentException("not a counted window: [" + lower + ", " + upper + "] with "
                        + belowLower + " and " + belowUpper + " eigenvalues below its ends");
            }
        }

        /** The eigenvalues inside, ν(upper) − ν(lower). */
        public int inside() {
            return belowUpper - belowLower;
        }
    }
}
