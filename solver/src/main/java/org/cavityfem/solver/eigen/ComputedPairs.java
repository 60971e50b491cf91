package org.cavityfem.solver.eigen;

/**
 * Eigenpairs as an eigensolver returns them, before selection and finishing.
 *
 * @param eigenvalues λ, ascending
 * @param vectors one eigenvector per eigenvalue, n × count, column-major, M-orthonormal
 * @param iterations Lanczos restarts used (0 for the dense solver)
 * @param operatorApplications applications of (K − σM)⁻¹ M (0 for the dense solver)
 */
record ComputedPairs(double[] eigenvalues, double[] vectors, int iterations, int operatorApplications) {
}
