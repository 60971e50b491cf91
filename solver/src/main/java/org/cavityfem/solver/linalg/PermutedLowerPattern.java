package org.cavityfem.solver.linalg;

/**
 * The lower triangle (diagonal included) of C = P (K − σM) Pᵀ stored by columns, as positions into
 * the value arrays of K and M. Every factorisation reads its column values from here in one pass,
 * whatever σ is.
 */
final class PermutedLowerPattern {

    final int n;
    /** Column j of C holds entries columnStart[j] .. columnStart[j+1]-1. */
    final int[] columnStart;
    /** Row index (new numbering, ≥ the column) of each entry. */
    final int[] rows;
    /** Index into K's values, or {@link UnionPattern#ABSENT}. */
    final int[] kEntry;
    /** Index into M's values, or {@link UnionPattern#ABSENT}. */
    final int[] mEntry;

    private PermutedLowerPattern(int n, int[] columnStart, int[] rows, int[] kEntry, int[] mEntry) {
        this.n = n;
        this.columnStart = columnStart;
        this.rows = rows;
        this.kEntry = kEntry;
        this.mEntry = mEntry;
    }

    /** Counting sort of the union entries that fall on or below the diagonal after permutation. */
    static PermutedLowerPattern of(UnionPattern a, int[] position) {
        int n = a.n;
        int[] columnStart = new int[n + 1];
        for (int r = 0; r < n; r++) {
            int i = position[r];
            for (int q = a.rowStart[r]; q < a.rowStart[r + 1]; q++) {
                int j = position[a.columns[q]];
                if (i >= j) {
                    columnStart[j + 1]++;
                }
            }
        }
        for (int j = 0; j < n; j++) {
            columnStart[j + 1] += columnStart[j];
        }
        int nnz = columnStart[n];
        int[] rows = new int[nnz];
        int[] kEntry = new int[nnz];
        int[] mEntry = new int[nnz];
        int[] fill = new int[n];
        System.arraycopy(columnStart, 0, fill, 0, n);
        for (int r = 0; r < n; r++) {
            int i = position[r];
            for (int q = a.rowStart[r]; q < a.rowStart[r + 1]; q++) {
                int j = position[a.columns[q]];
                if (i >= j) {
                    int dest = fill[j]++;
                    rows[dest] = i;
                    kEntry[dest] = a.kEntry[q];
                    mEntry[dest] = a.mEntry[q];
                }
            }
        }
        return new PermutedLowerPattern(n, columnStart, rows, kEntry, mEntry);
    }
}
