package org.cavityfem.solver.linalg;

/** Factorises K − σM for the shift-invert eigen solver; one implementation per back end. */
public interface SymmetricFactorizer {

    /**
     * Factorises K − σ M (both symmetric, same sparsity pattern or not).
     *
     * @throws SingularMatrixException when a zero pivot shows the shift is (numerically) an eigenvalue
     */
    SymmetricFactorization factor(CsrMatrix k, CsrMatrix m, double sigma);
}
