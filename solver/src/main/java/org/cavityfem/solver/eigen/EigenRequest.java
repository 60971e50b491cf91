package org.cavityfem.solver.eigen;

/**
 * What to compute: the {@code count} eigenvalues λ of K x = λ M x nearest {@code shift}.
 *
 * @param shift σ, in the units of λ (for the H_phi problem λ = k², 1/m²)
 * @param count number of eigenpairs wanted, >= 1
 * @param tolerance relative convergence tolerance of the Lanczos iteration (e.g. 1e-12)
 * @param maxIterations restart limit of the iteration
 */
public record EigenRequest(double shift, int count, double tolerance, int maxIterations) {

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
    }
}
