package org.cavityfem.solver.linalg;

/**
 * Dense kernels on supernode blocks. A block is stored column-major in a shared value array from
 * {@code base} with {@code rows} rows (its leading dimension). Inner loops run down contiguous
 * columns and combine four columns per pass, so each target element is loaded and stored once per
 * four multiply-adds; this is what lets the JIT keep them memory-efficient and vectorised.
 */
final class DenseKernels {

    private DenseKernels() {
    }

    /**
     * Factors a supernode block in place without pivoting: its top {@code width} × {@code width}
     * part becomes L₁₁ (unit lower, diagonal overwritten with 1) and D, the part below becomes
     * L₂₁ = A₂₁ L₁₁⁻ᵀ D⁻¹. Column j is first updated by the columns before it (left-looking), then
     * scaled by its pivot.
     *
     * @param pivots receives D at {@code pivots[column + j]}
     * @param pivotFloor a pivot of magnitude at or below {@code pivotFloor[column + j]} counts as zero
     * @return the local index of the first zero pivot, or −1
     */
    static int factorBlock(double[] l, int base, int rows, int width, double[] pivots, int column,
            double[] pivotFloor) {
        for (int j = 0; j < width; j++) {
            int cj = base + j * rows;
            int t = 0;
            for (; t + 3 < j; t += 4) {
                int c0 = base + t * rows;
                int c1 = c0 + rows;
                int c2 = c1 + rows;
                int c3 = c2 + rows;
                double a0 = pivots[column + t] * l[c0 + j];
                double a1 = pivots[column + t + 1] * l[c1 + j];
                double a2 = pivots[column + t + 2] * l[c2 + j];
                double a3 = pivots[column + t + 3] * l[c3 + j];
                for (int i = j; i < rows; i++) {
                    l[cj + i] -= a0 * l[c0 + i] + a1 * l[c1 + i] + a2 * l[c2 + i] + a3 * l[c3 + i];
                }
            }
            for (; t < j; t++) {
                int c0 = base + t * rows;
                double a0 = pivots[column + t] * l[c0 + j];
                for (int i = j; i < rows; i++) {
                    l[cj + i] -= a0 * l[c0 + i];
                }
            }
            double pivot = l[cj + j];
            if (!(Math.abs(pivot) > pivotFloor[column + j]) || Double.isInfinite(pivot)) {
                return j;
            }
            pivots[column + j] = pivot;
            l[cj + j] = 1;
            for (int i = j + 1; i < rows; i++) {
                l[cj + i] /= pivot;
            }
        }
        return -1;
    }

    /**
     * The update a factored supernode d makes to a later one: W = L(r₂, :) D L(r₁, :)ᵀ, where r₁ are
     * the {@code targetColumns} rows of d from position {@code from} (they fall on the target's
     * columns) and r₂ all rows of d from {@code from} on. W has {@code rows − from} rows, is stored
     * column-major, and only its lower triangle (i ≥ c in column c) is computed: the rest mirrors it.
     */
    static void updateProduct(double[] l, int base, int rows, int width, double[] pivots, int column, int from,
            int targetColumns, double[] w) {
        int height = rows - from;
        for (int c = 0; c < targetColumns; c++) {
            int wc = c * height - from;
            for (int i = from + c; i < rows; i++) {
                w[wc + i] = 0;
            }
            int row = from + c;
            int t = 0;
            for (; t + 3 < width; t += 4) {
                int c0 = base + t * rows;
                int c1 = c0 + rows;
                int c2 = c1 + rows;
                int c3 = c2 + rows;
                double a0 = pivots[column + t] * l[c0 + row];
                double a1 = pivots[column + t + 1] * l[c1 + row];
                double a2 = pivots[column + t + 2] * l[c2 + row];
                double a3 = pivots[column + t + 3] * l[c3 + row];
                for (int i = row; i < rows; i++) {
                    w[wc + i] += a0 * l[c0 + i] + a1 * l[c1 + i] + a2 * l[c2 + i] + a3 * l[c3 + i];
                }
            }
            for (; t < width; t++) {
                int c0 = base + t * rows;
                double a0 = pivots[column + t] * l[c0 + row];
                for (int i = row; i < rows; i++) {
                    w[wc + i] += a0 * l[c0 + i];
                }
            }
        }
    }

    /**
     * z = B y[first ..], B the {@code belowRows} × {@code width} column-major block at {@code from}
     * with leading dimension {@code rows}; four columns per pass over z.
     */
    static void multiplyBelow(double[] l, int from, int rows, int width, double[] y, int first, double[] z,
            int belowRows) {
        // The first column initialises z, so no separate clearing pass is needed.
        double y0 = y[first];
        for (int i = 0; i < belowRows; i++) {
            z[i] = l[from + i] * y0;
        }
        int j = 1;
        for (; j + 3 < width; j += 4) {
            int c0 = from + j * rows;
            int c1 = c0 + rows;
            int c2 = c1 + rows;
            int c3 = c2 + rows;
            double a0 = y[first + j];
            double a1 = y[first + j + 1];
            double a2 = y[first + j + 2];
            double a3 = y[first + j + 3];
            for (int i = 0; i < belowRows; i++) {
                z[i] += a0 * l[c0 + i] + a1 * l[c1 + i] + a2 * l[c2 + i] + a3 * l[c3 + i];
            }
        }
        for (; j < width; j++) {
            int c0 = from + j * rows;
            double a0 = y[first + j];
            for (int i = 0; i < belowRows; i++) {
                z[i] += a0 * l[c0 + i];
            }
        }
    }

    /**
     * y[first + j] −= Σ_i B(i, j) z[i] for the {@code belowRows} × {@code width} column-major block B
     * at {@code from} (leading dimension {@code rows}): four columns at a time, sharing each load of z.
     */
    static void subtractTransposedProduct(double[] l, int from, int rows, int width, double[] z,
            int belowRows, double[] y, int first) {
        int j = 0;
        for (; j + 3 < width; j += 4) {
            int c0 = from + j * rows;
            int c1 = c0 + rows;
            int c2 = c1 + rows;
            int c3 = c2 + rows;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int i = 0; i < belowRows; i++) {
                double zi = z[i];
                s0 += l[c0 + i] * zi;
                s1 += l[c1 + i] * zi;
                s2 += l[c2 + i] * zi;
                s3 += l[c3 + i] * zi;
            }
            y[first + j] -= s0;
            y[first + j + 1] -= s1;
            y[first + j + 2] -= s2;
            y[first + j + 3] -= s3;
        }
        for (; j < width; j++) {
            y[first + j] -= dot(l, from + j * rows, z, belowRows);
        }
    }

    /** Σ a[from + i] z[i] over i &lt; length, in four interleaved partial sums to shorten the add chain. */
    private static double dot(double[] a, int from, double[] z, int length) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < length; i += 4) {
            s0 += a[from + i] * z[i];
            s1 += a[from + i + 1] * z[i + 1];
            s2 += a[from + i + 2] * z[i + 2];
            s3 += a[from + i + 3] * z[i + 3];
        }
        for (; i < length; i++) {
            s0 += a[from + i] * z[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
