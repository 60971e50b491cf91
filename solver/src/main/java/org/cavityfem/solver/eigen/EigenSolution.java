package org.cavityfem.solver.eigen;

import java.util.List;

/**
 * The converged eigenpairs nearest the shift, ascending in eigenvalue, with the checks made.
 *
 * @param pairs eigenpairs, ascending by eigenvalue
 * @param inertia the completeness check of the window spanned by the pairs
 * @param iterations Lanczos restarts used
 * @param operatorApplications applications of (K − σM)⁻¹ M
 * @param factorNonZeros stored entries of the factor of K − σM
 */
public record EigenSolution(List<EigenPair> pairs, InertiaCheck inertia, int iterations, int operatorApplications,
        long factorNonZeros) {
}
