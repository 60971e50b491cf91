package org.cavityfem.solver.fem;

import java.util.Arrays;
import org.cavityfem.mesh.Mesh;

/**
 * CSR pattern of the finite-element matrices over the unknowns of a {@link DofMap}: unknowns i and
 * j couple when some element holds both. Rows are sorted; built in O(nnz) with a marker array.
 *
 * @param rowStart offsets, size + 1 entries
 * @param columns sorted column indices per row
 */
public record SparsityPattern(int[] rowStart, int[] columns) {

    /** Builds the pattern of a mesh and its unknowns. */
    public static SparsityPattern of(Mesh mesh, DofMap dofs) {
        int nodes = mesh.nodeCount();
        int per = mesh.layout().nodeCount();
        int elements = mesh.elementCount();
        int[] table = mesh.elementNodeArray();
        // Node -> elements adjacency.
        int[] start = new int[nodes + 1];
        for (int node : table) {
            start[node + 1]++;
        }
        for (int i = 0; i < nodes; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = Arrays.copyOf(start, nodes);
        int[] adjacent = new int[table.length];
        for (int e = 0; e < elements; e++) {
            for (int k = 0; k < per; k++) {
                int node = table[e * per + k];
                adjacent[fill[node]++] = e;
            }
        }
        int n = dofs.size();
        int[] marker = new int[n];
        Arrays.fill(marker, -1);
        int[] rowStart = new int[n + 1];
        for (int pass = 0; pass < 2; pass++) {
            int[] columns = pass == 0 ? null : new int[rowStart[n]];
            Arrays.fill(marker, -1);
            for (int i = 0; i < n; i++) {
                int node = dofs.node(i);
                int count = 0;
                int base = pass == 0 ? 0 : rowStart[i];
                for (int a = start[node]; a < start[node + 1]; a++) {
                    int e = adjacent[a];
                    for (int k = 0; k < per; k++) {
                        int j = dofs.dof(table[e * per + k]);
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
