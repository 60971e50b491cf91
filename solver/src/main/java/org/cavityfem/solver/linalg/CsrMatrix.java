package org.cavityfem.solver.linalg;

import java.util.stream.IntStream;

/**
 * Square sparse matrix in compressed sparse row form, all entries stored (a symmetric matrix keeps
 * both triangles), column indices sorted within each row. Arrays are owned by the matrix.
 */
public final class CsrMatrix {

    private final int n;
    private final int[] rowStart;
    private final int[] columns;
    private final double[] values;

    /**
     * @param n dimension
     * @param rowStart n + 1 offsets into columns/values
     * @param columns column index of each stored entry, sorted within a row
     * @param values value of each stored entry
     */
    public CsrMatrix(int n, int[] rowStart, int[] columns, double[] values) {
        if (rowStart.length != n + 1 || columns.length != values.length || rowStart[n] != columns.length) {
            throw new IllegalArgumentException("inconsistent CSR arrays");
        }
        this.n = n;
        this.rowStart = rowStart;
        this.columns = columns;
        this.values = values;
    }

    /** Dimension. */
    public int size() {
        return n;
    }

    /** Number of stored entries. */
    public int nonZeros() {
        return columns.length;
    }

    /** Row offsets (n + 1), shared: do not modify. */
    public int[] rowStart() {
        return rowStart;
    }

    /** Column indices, shared: do not modify. */
    public int[] columns() {
        return columns;
    }

    /** Values, shared: do not modify. */
    public double[] values() {
        return values;
    }

    /**
     * y = A x. Large matrices are multiplied in row blocks on several threads; every y[i] is the
     * same sum in the same order on any thread, so the result is the same bits.
     */
    public void multiply(double[] x, double[] y) {
        if (columns.length < PARALLEL_NON_ZEROS) {
            multiplyRows(x, y, 0, n);
            return;
        }
        int blocks = (n + PARALLEL_ROWS - 1) / PARALLEL_ROWS;
        IntStream.range(0, blocks).parallel()
                .forEach(b -> multiplyRows(x, y, b * PARALLEL_ROWS, Math.min(n, (b + 1) * PARALLEL_ROWS)));
    }

    /** Stored entries from which a product is split over threads (below, the threads cost more than they save). */
    private static final int PARALLEL_NON_ZEROS = 2_000_000;
    /** Rows per block of a parallel product. */
    private static final int PARALLEL_ROWS = 16_384;

    private void multiplyRows(double[] x, double[] y, int from, int to) {
        for (int i = from; i < to; i++) {
            double s = 0;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                s += values[k] * x[columns[k]];
            }
            y[i] = s;
        }
    }

    /** Entry (i, j), zero when not stored. */
    public double get(int i, int j) {
        int lo = rowStart[i];
        int hi = rowStart[i + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = columns[mid];
            if (c == j) {
                return values[mid];
            } else if (c < j) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return 0;
    }
}
