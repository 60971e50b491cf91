package org.cavityfem.solver.linalg;

/** A factorisation P (A) Pᵀ = L D Lᵀ of a sparse symmetric, possibly indefinite, matrix A. */
public interface SymmetricFactorization {

    /** Dimension. */
    int size();

    /** Solves A x = b; b and x may be the same array. */
    void solve(double[] b, double[] x);

    /**
     * Number of negative pivots of D; by Sylvester's law of inertia, for A = K − σM with M positive
     * definite this is the number of eigenvalues of (K, M) below σ.
     */
    int negativePivots();

    /** Stored entries of L (fill), for reporting. */
    long factorNonZeros();
}
