package org.cavityfem.solver.linalg;

import edu.emory.mathcs.csparsej.tdouble.Dcs_amd;
import edu.emory.mathcs.csparsej.tdouble.Dcs_common.Dcs;

/**
 * Approximate minimum degree ordering (CSparseJ's AMD) of a symmetric pattern, followed by a
 * postorder of the elimination tree. The postorder leaves the fill unchanged but makes every
 * subtree, and hence every supernode, a contiguous range of columns.
 */
final class FillReducingOrdering {

    /** CSparse's AMD variant for Cholesky: it orders the pattern of A + Aᵀ. */
    private static final int AMD_FOR_CHOLESKY = 1;

    private FillReducingOrdering() {
    }

    /** The ordering as new index → old index. */
    static int[] compute(UnionPattern a) {
        int[] amd = amd(a);
        int[] position = inverse(amd);
        int[] post = EliminationTree.postorder(EliminationTree.parents(a, amd, position));
        int[] order = new int[a.n];
        for (int k = 0; k < a.n; k++) {
            order[k] = amd[post[k]];
        }
        return order;
    }

    /** The inverse permutation. */
    static int[] inverse(int[] order) {
        int[] position = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            position[order[k]] = k;
        }
        return position;
    }

    private static int[] amd(UnionPattern a) {
        // A symmetric pattern stored by rows is also its own column-compressed form; AMD reads the
        // pattern only, so the matrix is handed over without values.
        Dcs pattern = new Dcs();
        pattern.m = a.n;
        pattern.n = a.n;
        pattern.nzmax = a.columns.length;
        pattern.nz = -1;
        pattern.p = a.rowStart;
        pattern.i = a.columns;
        pattern.x = null;
        int[] p = Dcs_amd.cs_amd(AMD_FOR_CHOLESKY, pattern);
        if (p == null) {
            throw new IllegalStateException("AMD ordering failed for a pattern of order " + a.n);
        }
        int[] order = new int[a.n];
        System.arraycopy(p, 0, order, 0, a.n);
        return order;
    }
}
