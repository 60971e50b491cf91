package org.cavityfem.solver.linalg;

/** Factorises K − σM for the shift-invert eigen solver; one implementation per back end. */
public interface SymmetricFactorizer {

    /**
     * Factorises K − σ M (both symmetric, same sparsity pattern or not).
     *
     * @throws SingularMatrixException when a zero pivot shows the shift is (numerically) an eigenvalue
     */
    SymmetricFactorization factor(CsrMatrix k, CsrMatrix m, double sigma);

    /**
     * Does now, perhaps on another thread than the one that will factorise, the part of a later
     * {@link #factor} of these two matrix objects that does not depend on σ; nothing by default.
     * The factorisations are the same bits either way.
     */
    default void prepare(CsrMatrix k, CsrMatrix m) {
    }
}
