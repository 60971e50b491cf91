package org.cavityfem.solver.testproblems;

/** Small dense reference computations for checking the sparse code. */
public final class DenseReference {

    private DenseReference() {
    }

    /** Solves A x = b by Gaussian elimination with partial pivoting. */
    public static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] lu = new double[n][];
        for (int i = 0; i < n; i++) {
            lu[i] = a[i].clone();
        }
        double[] x = b.clone();
        for (int k = 0; k < n; k++) {
            int pivot = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(lu[i][k]) > Math.abs(lu[pivot][k])) {
                    pivot = i;
                }
            }
            double[] row = lu[k];
            lu[k] = lu[pivot];
            lu[pivot] = row;
            double t = x[k];
            x[k] = x[pivot];
            x[pivot] = t;
            for (int i = k + 1; i < n; i++) {
                double f = lu[i][k] / lu[k][k];
                if (f != 0) {
                    for (int j = k; j < n; j++) {
                        lu[i][j] -= f * lu[k][j];
                    }
                    x[i] -= f * x[k];
                }
            }
        }
        for (int k = n - 1; k >= 0; k--) {
            double s = x[k];
            for (int j = k + 1; j < n; j++) {
                s -= lu[k][j] * x[j];
            }
            x[k] = s / lu[k][k];
        }
        return x;
    }

    /**
     * Number of negative eigenvalues of a symmetric matrix, by Sylvester's law of inertia applied to
     * a symmetric elimination with symmetric pivoting (largest remaining diagonal magnitude).
     * Adequate for the diagonally dominant and well-shifted matrices of the tests.
     */
    public static int negativeEigenvalues(double[][] a) {
        int n = a.length;
        double[][] s = new double[n][];
        for (int i = 0; i < n; i++) {
            s[i] = a[i].clone();
        }
        boolean[] done = new boolean[n];
        int negative = 0;
        for (int step = 0; step < n; step++) {
            int p = -1;
            for (int i = 0; i < n; i++) {
                if (!done[i] && (p < 0 || Math.abs(s[i][i]) > Math.abs(s[p][p]))) {
                    p = i;
                }
            }
            done[p] = true;
            double d = s[p][p];
            if (d < 0) {
                negative++;
            }
            for (int i = 0; i < n; i++) {
                if (done[i] || s[i][p] == 0) {
                    continue;
                }
                double f = s[i][p] / d;
                for (int j = 0; j < n; j++) {
                    if (!done[j]) {
                        s[i][j] -= f * s[p][j];
                    }
                }
            }
        }
        return negative;
    }

    /** ||A x − b||₂ / (||A||_∞ ||x||₂ + ||b||₂), the normwise backward error. */
    public static double backwardError(double[][] a, double[] x, double[] b) {
        double r2 = 0;
        double x2 = 0;
        double b2 = 0;
        double norm = 0;
        for (int i = 0; i < b.length; i++) {
            double s = -b[i];
            double rowSum = 0;
            for (int j = 0; j < b.length; j++) {
                s += a[i][j] * x[j];
                rowSum += Math.abs(a[i][j]);
            }
            r2 += s * s;
            x2 += x[i] * x[i];
            b2 += b[i] * b[i];
            norm = Math.max(norm, rowSum);
        }
        return Math.sqrt(r2) / (norm * Math.sqrt(x2) + Math.sqrt(b2));
    }
}
