package org.cavityfem.solver.linalg;

import java.util.concurrent.CancellationException;

/**
 * Everything about the LDLᵀ factorisation of K − σM that depends on the sparsity pattern only:
 * the fill-reducing ordering, the elimination tree, the supernodes and their row structure. It is
 * computed once per pair (K, M) and then serves the factorisation at any number of shifts.
 */
public final class SymbolicFactorization {

    /** Widest supernode block in columns: wider ones are cut so their dense kernels stay in cache. */
    static final int MAX_SUPERNODE_WIDTH = 64;

    private final CsrMatrix k;
    private final CsrMatrix m;
    /** New index → old index. */
    final int[] order;
    final PermutedLowerPattern lower;
    final SupernodePartition supernodes;
    private final long structuralNonZeros;

    private SymbolicFactorization(CsrMatrix k, CsrMatrix m, int[] order, PermutedLowerPattern lower,
            SupernodePartition supernodes, long structuralNonZeros) {
        this.structuralNonZeros = structuralNonZeros;
        this.k = k;
        this.m = m;
        this.order = order;
        this.lower = lower;
        this.supernodes = supernodes;
    }

    /**
     * Orders and analyses the pattern of K − σM (the union of the patterns of K and M); O(nnz(L))
     * time beyond the ordering itself.
     *
     * @param k symmetric, full storage
     * @param m symmetric, full storage, same dimension
     * @throws CancellationException when the thread is interrupted (checked before and after the
     *     ordering)
     */
    public static SymbolicFactorization analyse(CsrMatrix k, CsrMatrix m) {
        checkCancelled();
        UnionPattern union = UnionPattern.of(k, m);
        // The ordering (CSparseJ's AMD) runs to its end once started; a cancelled run stops before and
        // after it.
        int[] order = FillReducingOrdering.compute(union);
        checkCancelled();
        int[] position = FillReducingOrdering.inverse(order);
        int[] parent = EliminationTree.parents(union, order, position);
        int[] columnCount = EliminationTree.columnCounts(union, order, position, parent);
        PermutedLowerPattern lower = PermutedLowerPattern.of(union, position);
        SupernodePartition supernodes = SupernodePartition.of(lower, parent, columnCount, MAX_SUPERNODE_WIDTH);
        long structural = 0;
        for (int count : columnCount) {
            structural += count;
        }
        return new SymbolicFactorization(k, m, order, lower, supernodes, structural);
    }

    /**
     * Throws when the thread was interrupted: a cancelled run (the warm server interrupts a run's
     * thread on Ctrl-C) stops at the next such check, as the eigen solver does once per Lanczos step.
     *
     * @throws CancellationException when the thread is interrupted
     */
    static void checkCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the factorisation was cancelled");
        }
    }

    /**
     * Computes P (K − σM) Pᵀ = L D Lᵀ.
     *
     * @param sigma shift σ, in the units of the eigenvalues of (K, M)
     * @throws SingularMatrixException when a pivot vanishes to working precision
     * @throws CancellationException when the thread is interrupted (checked once per supernode)
     */
    public SymmetricFactorization factor(double sigma) {
        return SupernodalLdl.factor(this, k.values(), m.values(), sigma);
    }

    /** True when this analysis was made for exactly these two matrix objects. */
    boolean isFor(CsrMatrix kMatrix, CsrMatrix mMatrix) {
        return k == kMatrix && m == mMatrix;
    }

    /** Dimension. */
    public int size() {
        return lower.n;
    }

    /**
     * Off-diagonal entries of L that every numeric factorisation will store, including the explicit
     * zeros of amalgamated supernodes.
     */
    public long factorNonZeros() {
        return supernodes.factorNonZeros;
    }

    /** Off-diagonal entries of L that are not structurally zero (fewer than stored: see above). */
    public long structuralNonZeros() {
        return structuralNonZeros;
    }

    /** Number of supernodes (dense column blocks) of L. */
    public int supernodeCount() {
        return supernodes.count;
    }
}
