package org.cavityfem.solver.eigen;

/**
 * One eigenpair of K x = λ M x.
 *
 * @param eigenvalue λ
 * @param vector x, M-normalised (xᵀ M x = 1)
 * @param relativeResidual ||K x − λ M x|| / (|λ| ||M x||) (2-norms)
 */
public record EigenPair(double eigenvalue, double[] vector, double relativeResidual) {
}
