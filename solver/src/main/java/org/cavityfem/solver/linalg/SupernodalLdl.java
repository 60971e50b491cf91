package org.cavityfem.solver.linalg;

import java.util.Arrays;

/**
 * Supernodal left-looking LDLᵀ factorisation without pivoting, P (K − σM) Pᵀ = L D Lᵀ, and its
 * solves. Without pivoting the factorisation also works for indefinite K − σM (shift inside the
 * spectrum); D then holds the inertia. A pivot that cancels to rounding level is reported as a
 * singular matrix rather than divided by.
 *
 * <p>The solve keeps work arrays in the instance: one factorisation must not be solved with from
 * several threads at once.
 */
final class SupernodalLdl implements SymmetricFactorization {

    /**
     * A pivot is zero when it is at most this many units of roundoff of the largest entry of its row
     * of K − σM: the cancellation has then destroyed all its significant digits.
     */
    private static final double ZERO_PIVOT_ROUNDOFFS = 64;
    private static final int NONE = -1;

    private final SymbolicFactorization symbolic;
    private final double[] values;
    private final double[] pivots;
    private final int negativePivots;
    private final double[] permuted;
    private final double[] below;

    private SupernodalLdl(SymbolicFactorization symbolic, double[] values, double[] pivots) {
        this.symbolic = symbolic;
        this.values = values;
        this.pivots = pivots;
        int negative = 0;
        for (double d : pivots) {
            if (d < 0) {
                negative++;
            }
        }
        this.negativePivots = negative;
        this.permuted = new double[pivots.length];
        this.below = new double[symbolic.supernodes.largestBelow];
    }

    static SupernodalLdl factor(SymbolicFactorization symbolic, double[] kValues, double[] mValues, double sigma) {
        PermutedLowerPattern a = symbolic.lower;
        SupernodePartition sn = symbolic.supernodes;
        int n = a.n;
        double[] l = new double[sn.blockStart[sn.count]];
        double[] pivots = new double[n];
        double[] pivotFloor = new double[n];
        int[] relative = new int[n];
        int[] nextRow = new int[sn.count];
        int[] pending = new int[sn.count];
        int[] nextPending = new int[sn.count];
        Arrays.fill(pending, NONE);
        double[] w = new double[sn.largestBlock];
        for (int s = 0; s < sn.count; s++) {
            SymbolicFactorization.checkCancelled();
            int first = sn.firstColumn[s];
            int width = sn.firstColumn[s + 1] - first;
            int rowStart = sn.rowStart[s];
            int rows = sn.rowStart[s + 1] - rowStart;
            int base = sn.blockStart[s];
            for (int i = 0; i < rows; i++) {
                relative[sn.rowIndex[rowStart + i]] = i;
            }
            assemble(a, kValues, mValues, sigma, first, width, l, base, rows, relative, pivotFloor);
            // Every earlier supernode with rows on this one's columns is queued here; after its
            // update it moves on to the supernode of its next row.
            for (int d = pending[s]; d != NONE;) {
                int following = nextPending[d];
                int to = update(sn, l, pivots, d, nextRow[d], s, relative, w);
                nextRow[d] = to;
                enqueue(sn, d, to, pending, nextPending);
                d = following;
            }
            for (int j = first; j < first + width; j++) {
                pivotFloor[j] *= ZERO_PIVOT_ROUNDOFFS * Math.ulp(1.0);
            }
            int zero = DenseKernels.factorBlock(l, base, rows, width, pivots, first, pivotFloor);
            if (zero >= 0) {
                throw new SingularMatrixException("K - sigma*M is singular to working precision at sigma = " + sigma
                        + ": pivot " + (first + zero) + " of " + n + " vanished (sigma is, numerically, an "
                        + "eigenvalue of (K, M))");
            }
            nextRow[s] = width;
            enqueue(sn, s, width, pending, nextPending);
        }
        return new SupernodalLdl(symbolic, l, pivots);
    }

    /**
     * Writes the columns of P (K − σM) Pᵀ owned by a supernode into its (zeroed) block and records,
     * per row, the largest entry magnitude seen so far; entries of row j left of the diagonal were
     * met in earlier columns, so the record of a column is complete when it is factored.
     */
    private static void assemble(PermutedLowerPattern a, double[] kValues, double[] mValues, double sigma, int first,
            int width, double[] l, int base, int rows, int[] relative, double[] rowMax) {
        for (int j = first; j < first + width; j++) {
            int column = base + (j - first) * rows;
            for (int q = a.columnStart[j]; q < a.columnStart[j + 1]; q++) {
                int ke = a.kEntry[q];
                int me = a.mEntry[q];
                double value = (ke == UnionPattern.ABSENT ? 0 : kValues[ke])
                        - (me == UnionPattern.ABSENT ? 0 : sigma * mValues[me]);
                int i = a.rows[q];
                l[column + relative[i]] = value;
                double magnitude = Math.abs(value);
                rowMax[i] = Math.max(rowMax[i], magnitude);
                rowMax[j] = Math.max(rowMax[j], magnitude);
            }
        }
    }

    /**
     * Subtracts supernode d's contribution from supernode s, whose rows are mapped by {@code relative}.
     *
     * @param from position, in d's rows, of the first row on s's columns
     * @return position in d's rows of the first row past s's columns
     */
    private static int update(SupernodePartition sn, double[] l, double[] pivots, int d, int from, int s,
            int[] relative, double[] w) {
        int dRowStart = sn.rowStart[d];
        int dRows = sn.rowStart[d + 1] - dRowStart;
        int dFirst = sn.firstColumn[d];
        int dWidth = sn.firstColumn[d + 1] - dFirst;
        int sFirst = sn.firstColumn[s];
        int sLast = sn.firstColumn[s + 1] - 1;
        int sRows = sn.rowStart[s + 1] - sn.rowStart[s];
        int sBase = sn.blockStart[s];
        int to = from;
        while (to < dRows && sn.rowIndex[dRowStart + to] <= sLast) {
            to++;
        }
        int targetColumns = to - from;
        int height = dRows - from;
        DenseKernels.updateProduct(l, sn.blockStart[d], dRows, dWidth, pivots, dFirst, from, targetColumns, w);
        for (int c = 0; c < targetColumns; c++) {
            int target = sBase + (sn.rowIndex[dRowStart + from + c] - sFirst) * sRows;
            int wc = c * height - from;
            for (int i = from + c; i < dRows; i++) {
                l[target + relative[sn.rowIndex[dRowStart + i]]] -= w[wc + i];
            }
        }
        return to;
    }

    /** Queues supernode d on the supernode owning its row at position {@code at}, if any. */
    private static void enqueue(SupernodePartition sn, int d, int at, int[] pending, int[] nextPending) {
        int rowPosition = sn.rowStart[d] + at;
        if (rowPosition < sn.rowStart[d + 1]) {
            int target = sn.supernodeOf[sn.rowIndex[rowPosition]];
            nextPending[d] = pending[target];
            pending[target] = d;
        }
    }

    @Override
    public int size() {
        return pivots.length;
    }

    @Override
    public int negativePivots() {
        return negativePivots;
    }

    @Override
    public long factorNonZeros() {
        return symbolic.supernodes.factorNonZeros;
    }

    @Override
    public void solve(double[] b, double[] x) {
        int n = pivots.length;
        if (b.length != n || x.length != n) {
            throw new IllegalArgumentException("vectors of length " + b.length + " and " + x.length
                    + " for a system of order " + n);
        }
        int[] order = symbolic.order;
        double[] y = permuted;
        for (int k = 0; k < n; k++) {
            y[k] = b[order[k]];
        }
        forward(y);
        for (int k = 0; k < n; k++) {
            y[k] /= pivots[k];
        }
        backward(y);
        for (int k = 0; k < n; k++) {
            x[order[k]] = y[k];
        }
    }

    /**
     * y ← L⁻¹ y, supernode by supernode: a dense unit-triangular solve on the diagonal block, then
     * the product of the block below with the solved part, scattered into the rows it belongs to.
     */
    private void forward(double[] y) {
        SupernodePartition sn = symbolic.supernodes;
        double[] l = values;
        double[] z = below;
        for (int s = 0; s < sn.count; s++) {
            int first = sn.firstColumn[s];
            int width = sn.firstColumn[s + 1] - first;
            int rowStart = sn.rowStart[s];
            int rows = sn.rowStart[s + 1] - rowStart;
            int base = sn.blockStart[s];
            for (int j = 0; j < width; j++) {
                int column = base + j * rows;
                double yj = y[first + j];
                for (int i = j + 1; i < width; i++) {
                    y[first + i] -= l[column + i] * yj;
                }
            }
            int belowRows = rows - width;
            if (belowRows == 0) {
                continue;
            }
            DenseKernels.multiplyBelow(l, base + width, rows, width, y, first, z, belowRows);
            int rowIndex = rowStart + width;
            for (int i = 0; i < belowRows; i++) {
                y[sn.rowIndex[rowIndex + i]] -= z[i];
            }
        }
    }

    /**
     * y ← L⁻ᵀ y, supernodes in reverse: gather the rows below, subtract their products with the
     * block below, then a dense transposed unit-triangular solve on the diagonal block.
     */
    private void backward(double[] y) {
        SupernodePartition sn = symbolic.supernodes;
        double[] l = values;
        double[] z = below;
        for (int s = sn.count - 1; s >= 0; s--) {
            int first = sn.firstColumn[s];
            int width = sn.firstColumn[s + 1] - first;
            int rowStart = sn.rowStart[s];
            int rows = sn.rowStart[s + 1] - rowStart;
            int base = sn.blockStart[s];
            int belowRows = rows - width;
            if (belowRows > 0) {
                int rowIndex = rowStart + width;
                for (int i = 0; i < belowRows; i++) {
                    z[i] = y[sn.rowIndex[rowIndex + i]];
                }
                DenseKernels.subtractTransposedProduct(l, base + width, rows, width, z, belowRows, y, first);
            }
            for (int j = width - 1; j >= 0; j--) {
                int column = base + j * rows;
                double sum = 0;
                for (int i = j + 1; i < width; i++) {
                    sum += l[column + i] * y[first + i];
                }
                y[first + j] -= sum;
            }
        }
    }
}
