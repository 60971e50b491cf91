package org.cavityfem.solver.linalg;

import java.util.Arrays;
import org.ojalgo.matrix.decomposition.SparseQDLDL;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064CSC;

/**
 * The alternative back end measured against the supernodal one: ojAlgo's SparseQDLDL (an
 * up-looking, column-by-column LDLᵀ) applied to the same AMD-permuted K − σM. Kept as an
 * independent cross-check of the supernodal factorisation and for the benchmark comparison.
 */
public final class QdldlFactorizer implements SymmetricFactorizer {

    private final SupernodalLdlFactorizer analyser = new SupernodalLdlFactorizer();

    /** The AMD ordering and symbolic analysis, shared with the supernodal back end and cached. */
    public SymbolicFactorization analyse(CsrMatrix k, CsrMatrix m) {
        return analyser.analyse(k, m);
    }

    @Override
    public SymmetricFactorization factor(CsrMatrix k, CsrMatrix m, double sigma) {
        SymbolicFactorization symbolic = analyse(k, m);
        PermutedLowerPattern a = symbolic.lower;
        int n = a.n;
        // QDLDL reads the upper triangle by columns, i.e. the lower triangle by rows: transpose.
        int[] pointers = new int[n + 1];
        for (int q = 0; q < a.columnStart[n]; q++) {
            pointers[a.rows[q] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            pointers[i + 1] += pointers[i];
        }
        int[] fill = Arrays.copyOf(pointers, n);
        int[] indices = new int[a.columnStart[n]];
        double[] values = new double[a.columnStart[n]];
        double[] kv = k.values();
        double[] mv = m.values();
        for (int j = 0; j < n; j++) {
            for (int q = a.columnStart[j]; q < a.columnStart[j + 1]; q++) {
                int dest = fill[a.rows[q]]++;
                indices[dest] = j;
                values[dest] = (a.kEntry[q] == UnionPattern.ABSENT ? 0 : kv[a.kEntry[q]])
                        - (a.mEntry[q] == UnionPattern.ABSENT ? 0 : sigma * mv[a.mEntry[q]]);
            }
        }
        SparseQDLDL qdldl = new SparseQDLDL();
        if (!qdldl.factor(new R064CSC(n, n, values, indices, pointers))) {
            throw new SingularMatrixException("QDLDL found K - sigma*M singular at sigma = " + sigma);
        }
        MatrixStore<Double> d = qdldl.getD();
        int negative = 0;
        for (int i = 0; i < n; i++) {
            if (d.doubleValue(i, i) < 0) {
                negative++;
            }
        }
        // QDLDL stores exactly the structural nonzeros of L.
        return new Factorization(qdldl, symbolic.order, negative, symbolic.structuralNonZeros());
    }

    private static final class Factorization implements SymmetricFactorization {

        private final SparseQDLDL qdldl;
        private final int[] order;
        private final int negativePivots;
        private final long nonZeros;
        private final double[] y;

        Factorization(SparseQDLDL qdldl, int[] order, int negativePivots, long nonZeros) {
            this.qdldl = qdldl;
            this.order = order;
            this.negativePivots = negativePivots;
            this.nonZeros = nonZeros;
            this.y = new double[order.length];
        }

        @Override
        public int size() {
            return order.length;
        }

        @Override
        public void solve(double[] b, double[] x) {
            for (int i = 0; i < order.length; i++) {
                y[i] = b[order[i]];
            }
            qdldl.ftran(y);
            for (int i = 0; i < order.length; i++) {
                x[order[i]] = y[i];
            }
        }

        @Override
        public int negativePivots() {
            return negativePivots;
        }

        @Override
        public long factorNonZeros() {
            return nonZeros;
        }
    }
}
