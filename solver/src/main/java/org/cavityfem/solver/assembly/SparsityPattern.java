package org.cavityfem.solver.assembly;

import java.util.Arrays;

/**
 * CSR pattern of the finite-element matrices over the unknowns of an {@link ElementDofs}: unknowns
 * i and j couple when some element holds both. Rows are sorted; built in O(nnz) with a marker
 * array.
 *
 * @param rowStart offsets, size + 1 entries
 * @param columns sorted column indices per row
 */
public record SparsityPattern(int[] rowStart, int[] columns) {

    /** Builds the pattern of a numbering over {@code elements} elements. */
    public static SparsityPattern of(ElementDofs dofs, int elements) {
        int per = dofs.localSize();
        int n = dofs.size();
        int[] table = new int[elements * per];
        int[] local = new int[per];
        double[] sign = new double[per];
        for (int e = 0; e < elements; e++) {
            dofs.element(e, local, sign);
            System.arraycopy(local, 0, table, e * per, per);
        }
        // Unknown -> elements adjacency.
        int[] start = new int[n + 1];
        for (int dof : table) {
            if (dof >= 0) {
                start[dof + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = Arrays.copyOf(start, n);
        int[] adjacent = new int[start[n]];
        for (int e = 0; e < elements; e++) {
            for (int k = 0; k < per; k++) {
                int dof = table[e * per + k];
                if (dof >= 0) {
                    adjacent[fill[dof]++] = e;
                }
            }
        }
        int[] marker = new int[n];
        int[] rowStart = new int[n + 1];
        for (int pass = 0; pass < 2; pass++) {
            int[] columns = pass == 0 ? null : new int[rowStart[n]];
            Arrays.fill(marker, -1);
            for (int i = 0; i < n; i++) {
                int count = 0;
                int base = pass == 0 ? 0 : rowStart[i];
                for (int a = start[i]; a < start[i + 1]; a++) {
                    int e = adjacent[a];
                    for (int k = 0; k < per; k++) {
                        int j = table[e * per + k];
                        if (j >= 0 && marker[j] != i) {
                            marker[j] = i;
                            if (columns != null) {
                                columns[base + count] = j;
                            }
                            count++;
                        }
                    }
                }
                if (pass == 0) {
                    rowStart[i + 1] = rowStart[i] + count;
                } else {
                    Arrays.sort(columns, base, base + count);
                }
            }
            if (pass == 1) {
                return new SparsityPattern(rowStart, columns);
            }
        }
        throw new AssertionError("unreachable");
    }

    /** Number of rows. */
    public int size() {
        return rowStart.length - 1;
    }

    /** Position of entry (i, j) in the columns array; the entry must be in the pattern. */
    public int position(int i, int j) {
        int k = Arrays.binarySearch(columns, rowStart[i], rowStart[i + 1], j);
        if (k < 0) {
            throw new IllegalStateException("entry (" + i + ", " + j + ") is not in the pattern");
        }
        return k;
    }
}
