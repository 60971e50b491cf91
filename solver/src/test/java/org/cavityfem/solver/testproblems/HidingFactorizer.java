package org.cavityfem.solver.testproblems;

import org.cavityfem.solver.linalg.CsrMatrix;
import org.cavityfem.solver.linalg.SymmetricFactorization;
import org.cavityfem.solver.linalg.SymmetricFactorizer;

/**
 * Honest counts, but every solve has the M-component along one exact eigenvector v removed,
 * x ← x − v (vᵀMx)/(vᵀMv): the shift-invert operator then maps v to 0, so the iteration never
 * finds its eigenvalue, exactly as it would miss an eigenvector its start vector does not reach.
 *
 * @param inner the honest factorizer
 * @param mass M
 * @param v the eigenvector to hide
 */
public record HidingFactorizer(SymmetricFactorizer inner, CsrMatrix mass, double[] v) implements SymmetricFactorizer {

    @Override
    public SymmetricFactorization factor(CsrMatrix k, CsrMatrix m, double sigma) {
        SymmetricFactorization f = inner.factor(k, m, sigma);
        double[] mv = new double[v.length];
        mass.multiply(v, mv);
        double vmv = dot(v, mv);
        return new SymmetricFactorization() {
            @Override
            public int size() {
                return f.size();
            }

            @Override
            public void solve(double[] b, double[] x) {
                f.solve(b, x);
                double c = dot(mv, x) / vmv;
                for (int i = 0; i < x.length; i++) {
                    x[i] -= c * v[i];
                }
            }

            @Override
            public int negativePivots() {
                return f.negativePivots();
            }

            @Override
            public long factorNonZeros() {
                return f.factorNonZeros();
            }
        };
    }

    /**
     * The discrete sine vector sin(jπi/(n + 1)), i = 1..n: the j-th eigenvector of the 1D Dirichlet
     * pencil of {@link ModelProblems}.
     */
    public static double[] sine(int n, int j) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.sin(j * Math.PI * (i + 1) / (n + 1));
        }
        return v;
    }

    /**
     * The eigenvector sin(a π i/(n+1)) sin(b π j/(n+1)) of the n × n tensor problem
     * ({@code ModelProblems.tensorProblem}), stored as index i n + j: with a ≠ b, one member of the
     * double eigenvalue λ_a + λ_b, whose partner swaps a and b.
     */
    public static double[] tensorSine(int n, int a, int b) {
        double[] va = sine(n, a);
        double[] vb = sine(n, b);
        double[] v = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                v[i * n + j] = va[i] * vb[j];
            }
        }
        return v;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
