package org.cavityfem.solver.eigen;

/**
 * What to compute: the {@code count} eigenvalues λ of K x = λ M x nearest {@code shift}, or, for a
 * {@linkplain #lowest lowest-eigenvalues request}, the {@code count} lowest ones.
 *
 * @param shift σ, in the units of λ (for the H_phi problem λ = k², 1/m²): the point the iteration
 *     factorises K − σM at
 * @param count number of eigenpairs wanted, >= 1
 * @param tolerance relative convergence tolerance of the Lanczos iteration (e.g. 1e-12)
 * @param maxIterations restart limit of the iteration
 * @param lowest true for the {@code count} lowest eigenvalues with σ placed at or just above the
 *     {@code count}-th of them, false for the {@code count} nearest σ
 */
public record EigenRequest(double shift, int count, double tolerance, int maxIterations, boolean lowest) {

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
    }

    /** The {@code count} eigenvalues nearest {@code shift}. */
    public EigenRequest(double shift, int count, double tolerance, int maxIterations) {
        this(shift, count, tolerance, maxIterations, false);
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
        return new EigenRequest(ceiling, count, tolerance, maxIterations, true);
    }
}
