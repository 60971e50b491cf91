package org.cavityfem.solver.testproblems;

import java.util.Arrays;
import org.cavityfem.solver.linalg.CsrMatrix;

/** Accumulates (row, column, value) triplets, summing duplicates, into a {@link CsrMatrix}. */
public final class SparseBuilder {

    private final int n;
    private int[] rows;
    private int[] columns;
    private double[] values;
    private int size;

    public SparseBuilder(int n) {
        this(n, 16);
    }

    /** @param capacity expected number of triplets */
    public SparseBuilder(int n, int capacity) {
        this.n = n;
        this.rows = new int[Math.max(capacity, 1)];
        this.columns = new int[rows.length];
        this.values = new double[rows.length];
    }

    /** Adds value to entry (i, j). */
    public void add(int i, int j, double value) {
        if (size == rows.length) {
            int capacity = 2 * size + 1;
            rows = Arrays.copyOf(rows, capacity);
            columns = Arrays.copyOf(columns, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        rows[size] = i;
        columns[size] = j;
        values[size] = value;
        size++;
    }

    /** Adds value to (i, j) and, off the diagonal, to (j, i). */
    public void addSymmetric(int i, int j, double value) {
        add(i, j, value);
        if (i != j) {
            add(j, i, value);
        }
    }

    /** The sum of all triplets, rows sorted by column, duplicates merged. */
    public CsrMatrix build() {
        int[] rowCount = new int[n + 1];
        for (int t = 0; t < size; t++) {
            rowCount[rows[t] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            rowCount[i + 1] += rowCount[i];
        }
        int[] fill = Arrays.copyOf(rowCount, n);
        int[] byRow = new int[size];
        for (int t = 0; t < size; t++) {
            byRow[fill[rows[t]]++] = t;
        }
        int[] rowStart = new int[n + 1];
        int[] outColumns = new int[size];
        double[] outValues = new double[size];
        int out = 0;
        long[] keys = new long[0];
        for (int i = 0; i < n; i++) {
            int from = rowCount[i];
            int to = rowCount[i + 1];
            if (keys.length < to - from) {
                keys = new long[to - from];
            }
            // Sort the row's triplets by column, then by insertion order so sums are reproducible.
            for (int q = from; q < to; q++) {
                int t = byRow[q];
                keys[q - from] = ((long) columns[t] << 32) | t;
            }
            Arrays.sort(keys, 0, to - from);
            int previous = -1;
            for (int q = 0; q < to - from; q++) {
                int t = (int) keys[q];
                int c = (int) (keys[q] >>> 32);
                if (c == previous) {
                    outValues[out - 1] += values[t];
                } else {
                    outColumns[out] = c;
                    outValues[out] = values[t];
                    out++;
                    previous = c;
                }
            }
            rowStart[i + 1] = out;
        }
        return new CsrMatrix(n, rowStart, Arrays.copyOf(outColumns, out), Arrays.copyOf(outValues, out));
    }
}
