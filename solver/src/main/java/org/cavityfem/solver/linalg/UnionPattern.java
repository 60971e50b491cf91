package org.cavityfem.solver.linalg;

/**
 * The sparsity pattern of K − σM for any σ: the union of the patterns of K and M, row by row,
 * remembering for every union entry where its K and M values are stored. Building it once lets
 * every later factorisation form K − σM in a single pass without searching.
 */
final class UnionPattern {

    /** Marks a union entry that one of the two matrices does not store. */
    static final int ABSENT = -1;

    final int n;
    final int[] rowStart;
    final int[] columns;
    /** Index into K's value array of each union entry, or {@link #ABSENT}. */
    final int[] kEntry;
    /** Index into M's value array of each union entry, or {@link #ABSENT}. */
    final int[] mEntry;

    private UnionPattern(int n, int[] rowStart, int[] columns, int[] kEntry, int[] mEntry) {
        this.n = n;
        this.rowStart = rowStart;
        this.columns = columns;
        this.kEntry = kEntry;
        this.mEntry = mEntry;
    }

    /** Merges the sorted rows of K and M in O(nnz(K) + nnz(M)). */
    static UnionPattern of(CsrMatrix k, CsrMatrix m) {
        if (k.size() != m.size()) {
            throw new IllegalArgumentException("K is " + k.size() + "x" + k.size() + " but M is " + m.size() + "x"
                    + m.size());
        }
        int n = k.size();
        int[] kRow = k.rowStart();
        int[] kCol = k.columns();
        int[] mRow = m.rowStart();
        int[] mCol = m.columns();
        int[] rowStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            rowStart[i + 1] = rowStart[i] + mergedLength(kCol, kRow[i], kRow[i + 1], mCol, mRow[i], mRow[i + 1], i, n);
        }
        int nnz = rowStart[n];
        int[] columns = new int[nnz];
        int[] kEntry = new int[nnz];
        int[] mEntry = new int[nnz];
        for (int i = 0; i < n; i++) {
            int a = kRow[i];
            int b = mRow[i];
            int aEnd = kRow[i + 1];
            int bEnd = mRow[i + 1];
            for (int q = rowStart[i]; q < rowStart[i + 1]; q++) {
                int ca = a < aEnd ? kCol[a] : Integer.MAX_VALUE;
                int cb = b < bEnd ? mCol[b] : Integer.MAX_VALUE;
                int c = Math.min(ca, cb);
                columns[q] = c;
                kEntry[q] = ca == c ? a++ : ABSENT;
                mEntry[q] = cb == c ? b++ : ABSENT;
            }
        }
        return new UnionPattern(n, rowStart, columns, kEntry, mEntry);
    }

    private static int mergedLength(int[] kCol, int a, int aEnd, int[] mCol, int b, int bEnd, int row, int n) {
        int count = 0;
        int previous = -1;
        while (a < aEnd || b < bEnd) {
            int ca = a < aEnd ? kCol[a] : Integer.MAX_VALUE;
            int cb = b < bEnd ? mCol[b] : Integer.MAX_VALUE;
            int c = Math.min(ca, cb);
            if (c < 0 || c >= n) {
                throw new IllegalArgumentException("column " + c + " of row " + row + " is outside 0.." + (n - 1));
            }
            if (c <= previous) {
                throw new IllegalArgumentException("columns of row " + row + " are not strictly increasing");
            }
            if (ca == c) {
                a++;
            }
            if (cb == c) {
                b++;
            }
            previous = c;
            count++;
        }
        return count;
    }
}
