package org.cavityfem.solver.eigen;

import org.cavityfem.solver.linalg.CsrMatrix;

/** Solves K x = λ M x (K symmetric, M symmetric positive definite) for eigenvalues near a shift. */
public interface GeneralizedEigenSolver {

    /**
     * Returns the {@code request.count()} eigenpairs nearest {@code request.shift()}, or for a
     * {@linkplain EigenRequest#lowest lowest-eigenvalues request} the lowest ones (at least
     * {@code request.count()}).
     *
     * @throws EigenSolveException when the iteration does not converge or the result fails its checks
     */
    EigenSolution solve(CsrMatrix k, CsrMatrix m, EigenRequest request);

    /**
     * Does now, perhaps on another thread than the one that will solve, the part of a later
     * {@link #solve} of these two matrix objects that does not depend on the request; nothing by
     * default. The solution is the same bits either way.
     */
    default void prepare(CsrMatrix k, CsrMatrix m) {
    }
}
