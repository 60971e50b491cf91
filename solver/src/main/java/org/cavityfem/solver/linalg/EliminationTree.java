package org.cavityfem.solver.linalg;

import java.util.Arrays;

/**
 * Elimination-tree algorithms on the symmetric matrix C = P A Pᵀ, where A has the pattern of a
 * {@link UnionPattern} and P is given by {@code order} (new index → old index) and {@code position}
 * (old index → new index). C itself is never formed: the strict upper part of column k of C is
 * read as the entries of old row {@code order[k]} whose new column index is below k.
 */
final class EliminationTree {

    private static final int NONE = -1;

    private EliminationTree() {
    }

    /**
     * Parent of every column in the elimination tree of C ({@code -1} for a root), by Liu's
     * algorithm with path compression: O(nnz(A) · α(n)).
     */
    static int[] parents(UnionPattern a, int[] order, int[] position) {
        int n = a.n;
        int[] parent = new int[n];
        int[] ancestor = new int[n];
        for (int k = 0; k < n; k++) {
            parent[k] = NONE;
            ancestor[k] = NONE;
            int row = order[k];
            for (int q = a.rowStart[row]; q < a.rowStart[row + 1]; q++) {
                int i = position[a.columns[q]];
                // Climb from i to the root of its current subtree, pointing every visited node at k.
                while (i != NONE && i < k) {
                    int next = ancestor[i];
                    ancestor[i] = k;
                    if (next == NONE) {
                        parent[i] = k;
                    }
                    i = next;
                }
            }
        }
        return parent;
    }

    /**
     * A postorder of the forest: {@code post[j]} is the j-th node visited, children before their
     * parent and every subtree contiguous; siblings keep their original relative order.
     */
    static int[] postorder(int[] parent) {
        int n = parent.length;
        int[] firstChild = new int[n];
        int[] nextSibling = new int[n];
        Arrays.fill(firstChild, NONE);
        // Insert children in decreasing index so that each child list ends up increasing.
        for (int j = n - 1; j >= 0; j--) {
            int p = parent[j];
            if (p != NONE) {
                nextSibling[j] = firstChild[p];
                firstChild[p] = j;
            }
        }
        int[] post = new int[n];
        int[] stack = new int[n];
        int count = 0;
        for (int root = 0; root < n; root++) {
            if (parent[root] != NONE) {
                continue;
            }
            int top = 0;
            stack[0] = root;
            while (top >= 0) {
                int node = stack[top];
                int child = firstChild[node];
                if (child == NONE) {
                    post[count++] = node;
                    top--;
                } else {
                    // Detach the child so the node is emitted once all its children are.
                    firstChild[node] = nextSibling[child];
                    stack[++top] = child;
                }
            }
        }
        return post;
    }

    /**
     * Number of off-diagonal entries in every column of the Cholesky/LDLᵀ factor L of C. Row k of L
     * is the union of the tree paths from each i (with C(i,k) ≠ 0, i &lt; k) up to k; walking those
     * paths with a visit mark costs O(nnz(L)).
     */
    static int[] columnCounts(UnionPattern a, int[] order, int[] position, int[] parent) {
        int n = a.n;
        int[] count = new int[n];
        int[] mark = new int[n];
        Arrays.fill(mark, NONE);
        for (int k = 0; k < n; k++) {
            mark[k] = k;
            int row = order[k];
            for (int q = a.rowStart[row]; q < a.rowStart[row + 1]; q++) {
                int i = position[a.columns[q]];
                if (i >= k) {
                    continue;
                }
                while (mark[i] != k) {
                    count[i]++;
                    mark[i] = k;
                    i = parent[i];
                }
            }
        }
        return count;
    }
}
