package org.cavityfem.solver.eigen;

import java.util.Arrays;
import org.cavityfem.solver.linalg.CsrMatrix;
import org.ojalgo.matrix.decomposition.Eigenvalue;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/**
 * The complete spectrum of a small pencil (K, M), for problems too small for a Lanczos basis:
 * with M = L Lᵀ (Cholesky), K x = λ M x becomes the standard symmetric problem C y = λ y with
 * C = L⁻¹ K L⁻ᵀ and x = L⁻ᵀ y, solved by ojAlgo's dense symmetric eigensolver. O(n³).
 */
final class DenseGeneralizedEigen {

    private DenseGeneralizedEigen() {
    }

    /**
     * @return eigenvalues in {@code eigenvalues}, ascending, and M-orthonormal eigenvectors as
     *         columns of {@code vectors} (n × n, column-major)
     */
    static ComputedPairs solve(CsrMatrix k, CsrMatrix m) {
        int n = k.size();
        double[][] l = cholesky(dense(m));
        double[][] c = dense(k);
        // C ← L⁻¹ C, then C ← C L⁻ᵀ, column by column through the symmetric product.
        for (int j = 0; j < n; j++) {
            forward(l, c, j);
        }
        double[][] ct = transpose(c);
        for (int j = 0; j < n; j++) {
            forward(l, ct, j);
        }
        double[] columnMajor = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                columnMajor[j * n + i] = 0.5 * (ct[i][j] + ct[j][i]);
            }
        }
        Eigenvalue<Double> evd = Eigenvalue.R064.make(true);
        if (!evd.decompose(R064Store.wrap(columnMajor, n))) {
            throw new EigenSolveException("the dense symmetric eigensolver failed for a problem of order " + n);
        }
        MatrixStore<Double> values = evd.getD();
        MatrixStore<Double> vectors = evd.getV();
        Integer[] byValue = new Integer[n];
        for (int i = 0; i < n; i++) {
            byValue[i] = i;
        }
        Arrays.sort(byValue, (a, b) -> Double.compare(values.doubleValue(a, a), values.doubleValue(b, b)));
        double[] lambda = new double[n];
        double[] x = new double[n * n];
        for (int p = 0; p < n; p++) {
            int col = byValue[p];
            lambda[p] = values.doubleValue(col, col);
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = vectors.doubleValue(i, col);
            }
            backwardTransposed(l, y);
            System.arraycopy(y, 0, x, p * n, n);
        }
        return new ComputedPairs(lambda, x, 0, 0);
    }

    private static double[][] dense(CsrMatrix a) {
        int n = a.size();
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int p = a.rowStart()[i]; p < a.rowStart()[i + 1]; p++) {
                d[i][a.columns()[p]] = a.values()[p];
            }
        }
        return d;
    }

    private static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (!(d > 0)) {
                throw new EigenSolveException("the mass matrix is not positive definite (Cholesky pivot " + j + " is "
                        + d + ")");
            }
            l[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
        return l;
    }

    /** Column j of c ← L⁻¹ (column j of c). */
    private static void forward(double[][] l, double[][] c, int j) {
        int n = l.length;
        for (int i = 0; i < n; i++) {
            double s = c[i][j];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * c[k][j];
            }
            c[i][j] = s / l[i][i];
        }
    }

    /** y ← L⁻ᵀ y. */
    private static void backwardTransposed(double[][] l, double[] y) {
        int n = l.length;
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * y[k];
            }
            y[i] = s / l[i][i];
        }
    }

    private static double[][] transpose(double[][] a) {
        int n = a.length;
        double[][] t = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }
}
