package org.cavityfem.solver.testproblems;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.cavityfem.solver.linalg.CsrMatrix;

/**
 * Finite-element model problems with known spectra, and random sparse symmetric matrices.
 *
 * <p>1D P1 elements on (0, 1) with n interior nodes, h = 1/(n+1), Dirichlet at both ends, give
 * K = (1/h)·tridiag(−1, 2, −1) and M = (h/6)·tridiag(1, 4, 1). Every symmetric tridiagonal Toeplitz
 * matrix tridiag(a, b, a) has the discrete sine vectors v_j(i) = sin(j π i/(n+1)), i = 1..n, as
 * eigenvectors with eigenvalue b + 2a cos θ_j, θ_j = jπ/(n+1) (use sin((i−1)θ) + sin((i+1)θ) =
 * 2 cos θ sin(iθ); the end rows work because sin(0) = sin((n+1)θ_j) = 0). Both matrices therefore
 * share the eigenvectors v_j, and K v_j = λ_j M v_j with
 * λ_j = (2 − 2cos θ_j)/h ÷ (h(4 + 2cos θ_j)/6) = (6/h²)(1 − cos θ_j)/(2 + cos θ_j).
 *
 * <p>With homogeneous Neumann ends (n elements, n + 1 nodes, h = 1/n) the end rows are halves of the
 * interior stencil, so the even extension maps the problem onto a periodic one and the cosine
 * vectors cos(j π i/n), i = 0..n, are the eigenvectors: same formula with θ_j = jπ/n, j = 0..n; in
 * particular λ_0 = 0 and K is singular.
 *
 * <p>Kronecker sums K⊗M + M⊗K against M⊗M (tensor-product Q1 elements on the unit square) have the
 * eigenvectors v_i ⊗ v_j with eigenvalues λ_i + λ_j: degenerate whenever i ≠ j.
 */
public final class ModelProblems {

    private ModelProblems() {
    }

    /** Dirichlet 1D stiffness, n interior nodes. */
    public static CsrMatrix stiffness1d(int n) {
        double h = 1.0 / (n + 1);
        return tridiagonal(n, 2 / h, -1 / h);
    }

    /** Dirichlet 1D consistent mass, n interior nodes. */
    public static CsrMatrix mass1d(int n) {
        double h = 1.0 / (n + 1);
        return tridiagonal(n, 4 * h / 6, h / 6);
    }

    /** Exact eigenvalues of the Dirichlet 1D pencil, ascending. */
    public static double[] eigenvalues1d(int n) {
        double h = 1.0 / (n + 1);
        double[] lambda = new double[n];
        for (int j = 1; j <= n; j++) {
            lambda[j - 1] = closedForm(j * Math.PI / (n + 1), h);
        }
        return lambda;
    }

    /** Neumann 1D stiffness on {@code elements} elements (elements + 1 nodes); singular. */
    public static CsrMatrix neumannStiffness1d(int elements) {
        double h = 1.0 / elements;
        SparseBuilder b = new SparseBuilder(elements + 1);
        for (int e = 0; e < elements; e++) {
            b.add(e, e, 1 / h);
            b.add(e + 1, e + 1, 1 / h);
            b.addSymmetric(e, e + 1, -1 / h);
        }
        return b.build();
    }

    /** Neumann 1D consistent mass on {@code elements} elements. */
    public static CsrMatrix neumannMass1d(int elements) {
        double h = 1.0 / elements;
        SparseBuilder b = new SparseBuilder(elements + 1);
        for (int e = 0; e < elements; e++) {
            b.add(e, e, 2 * h / 6);
            b.add(e + 1, e + 1, 2 * h / 6);
            b.addSymmetric(e, e + 1, h / 6);
        }
        return b.build();
    }

    /** Exact eigenvalues of the Neumann 1D pencil, ascending, the first being 0. */
    public static double[] neumannEigenvalues1d(int elements) {
        double h = 1.0 / elements;
        double[] lambda = new double[elements + 1];
        for (int j = 0; j <= elements; j++) {
            lambda[j] = closedForm(j * Math.PI / elements, h);
        }
        return lambda;
    }

    /**
     * (6/h²)(1 − cos θ)/(2 + cos θ), with 1 − cos θ written as 2 sin²(θ/2): for the low modes
     * cos θ is within h² of 1 and the subtraction would lose about half the digits.
     */
    private static double closedForm(double theta, double h) {
        double s = Math.sin(theta / 2);
        return 6 / (h * h) * (2 * s * s) / (2 + Math.cos(theta));
    }

    /** Exact eigenvalues λ_i + λ_j of the tensor-product pencil built from the 1D Dirichlet one. */
    public static double[] tensorEigenvalues(int n) {
        double[] one = eigenvalues1d(n);
        double[] two = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                two[i * n + j] = one[i] + one[j];
            }
        }
        Arrays.sort(two);
        return two;
    }

    /** {K⊗M + M⊗K, M⊗M} from the 1D Dirichlet pencil with n interior nodes. */
    public static CsrMatrix[] tensorProblem(int n) {
        CsrMatrix k = stiffness1d(n);
        CsrMatrix m = mass1d(n);
        return new CsrMatrix[] {add(kron(k, m), kron(m, k)), kron(m, m)};
    }

    /**
     * {K, M} of P1 elements for −Δu = λu on the unit square, cells × cells squares each cut into two
     * right triangles along the same diagonal, Dirichlet boundary: (cells − 1)² unknowns.
     */
    public static CsrMatrix[] triangleGrid(int cells) {
        int side = cells - 1;
        int n = side * side;
        double h = 1.0 / cells;
        SparseBuilder k = new SparseBuilder(n, 18 * cells * cells);
        SparseBuilder m = new SparseBuilder(n, 18 * cells * cells);
        // Reference right triangle with legs h: stiffness (1/2)[[2,-1,-1],[-1,1,0],[-1,0,1]] (h-free
        // in 2D), mass (area/12)[[2,1,1],[1,2,1],[1,1,2]] with area h²/2.
        double[][] ke = {{1, -0.5, -0.5}, {-0.5, 0.5, 0}, {-0.5, 0, 0.5}};
        double massScale = h * h / 24;
        for (int cy = 0; cy < cells; cy++) {
            for (int cx = 0; cx < cells; cx++) {
                // Lower-left triangle: right angle at (cx, cy); upper-right: right angle at (cx+1, cy+1).
                int[] lower = {node(cx, cy, side), node(cx + 1, cy, side), node(cx, cy + 1, side)};
                int[] upper = {node(cx + 1, cy + 1, side), node(cx, cy + 1, side), node(cx + 1, cy, side)};
                addElement(k, m, lower, ke, massScale);
                addElement(k, m, upper, ke, massScale);
            }
        }
        return new CsrMatrix[] {k.build(), m.build()};
    }

    private static int node(int x, int y, int side) {
        if (x <= 0 || y <= 0 || x > side || y > side) {
            return -1;
        }
        return (y - 1) * side + (x - 1);
    }

    private static void addElement(SparseBuilder k, SparseBuilder m, int[] nodes, double[][] ke, double massScale) {
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                if (nodes[a] >= 0 && nodes[b] >= 0) {
                    k.add(nodes[a], nodes[b], ke[a][b]);
                    m.add(nodes[a], nodes[b], massScale * (a == b ? 2 : 1));
                }
            }
        }
    }

    /**
     * A random sparse symmetric matrix: about {@code perRow} off-diagonal entries per row with values
     * in (−1, 1), diagonal = ±(sum of the row's off-diagonal magnitudes + margin), the sign drawn
     * with probability {@code negativeFraction} of being negative. Diagonal dominance keeps LDLᵀ
     * without pivoting stable; mixed signs make it indefinite.
     */
    public static CsrMatrix randomSymmetric(int n, int perRow, double margin, double negativeFraction, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SparseBuilder b = new SparseBuilder(n);
        double[] rowSum = new double[n];
        for (int i = 0; i < n; i++) {
            for (int e = 0; e < perRow / 2; e++) {
                int j = random.nextInt(n);
                if (j != i) {
                    double v = 2 * random.nextDouble() - 1;
                    b.addSymmetric(i, j, v);
                    rowSum[i] += Math.abs(v);
                    rowSum[j] += Math.abs(v);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            double sign = random.nextDouble() < negativeFraction ? -1 : 1;
            b.add(i, i, sign * (rowSum[i] + margin));
        }
        return b.build();
    }

    /** A ⊗ B. */
    public static CsrMatrix kron(CsrMatrix a, CsrMatrix b) {
        int na = a.size();
        int nb = b.size();
        SparseBuilder out = new SparseBuilder(na * nb, a.nonZeros() * b.nonZeros());
        for (int i = 0; i < na; i++) {
            for (int p = a.rowStart()[i]; p < a.rowStart()[i + 1]; p++) {
                int j = a.columns()[p];
                double v = a.values()[p];
                for (int k = 0; k < nb; k++) {
                    for (int q = b.rowStart()[k]; q < b.rowStart()[k + 1]; q++) {
                        out.add(i * nb + k, j * nb + b.columns()[q], v * b.values()[q]);
                    }
                }
            }
        }
        return out.build();
    }

    /** A + B. */
    public static CsrMatrix add(CsrMatrix a, CsrMatrix b) {
        SparseBuilder out = new SparseBuilder(a.size(), a.nonZeros() + b.nonZeros());
        for (CsrMatrix x : new CsrMatrix[] {a, b}) {
            for (int i = 0; i < x.size(); i++) {
                for (int p = x.rowStart()[i]; p < x.rowStart()[i + 1]; p++) {
                    out.add(i, x.columns()[p], x.values()[p]);
                }
            }
        }
        return out.build();
    }

    /** Dense copy. */
    public static double[][] toDense(CsrMatrix a) {
        double[][] d = new double[a.size()][a.size()];
        for (int i = 0; i < a.size(); i++) {
            for (int p = a.rowStart()[i]; p < a.rowStart()[i + 1]; p++) {
                d[i][a.columns()[p]] = a.values()[p];
            }
        }
        return d;
    }

    /** Tridiagonal symmetric Toeplitz matrix. */
    private static CsrMatrix tridiagonal(int n, double diagonal, double offDiagonal) {
        SparseBuilder b = new SparseBuilder(n, 3 * n);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.add(i, i - 1, offDiagonal);
            }
            b.add(i, i, diagonal);
            if (i < n - 1) {
                b.add(i, i + 1, offDiagonal);
            }
        }
        return b.build();
    }
}
