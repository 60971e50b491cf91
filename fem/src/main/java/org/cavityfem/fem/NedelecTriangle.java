package org.cavityfem.fem;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Nédélec edge functions of the first kind on the reference triangle (Nédélec, Numer. Math. 35,
 * 1980): the space N_q = P_{q−1}² ⊕ S_q, S_q = { h(ξ, η)·(−η, ξ) : h homogeneous of degree q − 1 },
 * of dimension q(q + 2), q ≥ 1 (q = 1: Whitney). Its gradients are exactly ∇P_q, so together with
 * order-q Lagrange functions it forms the discrete exact sequence (docs/design.md §2.11).
 *
 * <p>The basis is dual to Nédélec's moments, computed once per order by inverting their matrix on
 * the monomial spanning set:
 *
 * <ul>
 *   <li>edge e (vertices a → b as {@link TriangleNodeLayout#edgeVertices}), j = 0 .. q − 1:
 *       m_ej(u) = ½ ∫_{−1}^{1} u(x(s))·(v_b − v_a) P_j(s) ds, x(s) = v_a + (1 + s)/2 (v_b − v_a),
 *       P_j the Legendre polynomial; the tangential trace along the edge is then
 *       u·(v_b − v_a) = Σ_j (2j + 1) m_ej P_j(s). Reversing the edge multiplies m_ej by (−1)^{j+1};
 *   <li>interior: ∫_T u_d ξ^a η^b dA, d ∈ {ξ, η}, a + b ≤ q − 2 (q(q − 1) of them).
 * </ul>
 *
 * Local numbering: the q moments of edge 0, of edge 1, of edge 2, then the interior ones. Under the
 * covariant Piola map u = J^{−T} û the edge moments are those of the physical field along the
 * mapped edge, so neighbours that agree on them share the tangential trace. The functions are
 * evaluated from monomials about the centroid; the duality holds to 1e-12 up to order 6, 1e-10 at order 7 and
 * 1e-9 at order 8, where the monomials' cancellation starts to show. Immutable.
 */
public final class NedelecTriangle {

    private static final ConcurrentHashMap<Integer, NedelecTriangle> CACHE = new ConcurrentHashMap<>();
    private static final double[][] VERTICES = {{0, 0}, {1, 0}, {0, 1}};

    private final int order;
    private final int size;
    /** Spanning function j: kind (0: (f, 0), 1: (0, f), 2: f·(−η, ξ)) and exponents of f = ξ^a η^b. */
    private final int[] kind;
    private final int[] ea;
    private final int[] eb;
    /** Basis k = Σ_j coefficient[j * size + k] · spanning function j. */
    private final double[] coefficient;

    private NedelecTriangle(int q) {
        this.order = q;
        this.size = q * (q + 2);
        kind = new int[size];
        ea = new int[size];
        eb = new int[size];
        int j = 0;
        for (int d = 0; d < 2; d++) {
            for (int deg = 0; deg <= q - 1; deg++) {
                for (int b = 0; b <= deg; b++) {
                    kind[j] = d;
                    ea[j] = deg - b;
                    eb[j] = b;
                    j++;
                }
            }
        }
        for (int b = 0; b <= q - 1; b++) {
            kind[j] = 2;
            ea[j] = q - 1 - b;
            eb[j] = b;
            j++;
        }
        double[] dofs = new double[size * size];
        double[] vx = new double[size];
        double[] vy = new double[size];
        double[] curl = new double[size];
        GaussLegendre gauss = GaussLegendre.of(q + 2);
        int row = 0;
        for (int e = 0; e < 3; e++) {
            int[] ab = TriangleNodeLayout.edgeVertices(e);
            double tx = VERTICES[ab[1]][0] - VERTICES[ab[0]][0];
            double ty = VERTICES[ab[1]][1] - VERTICES[ab[0]][1];
            for (int p = 0; p < gauss.size(); p++) {
                double t = gauss.nodes()[p];
                spanning(VERTICES[ab[0]][0] + t * tx, VERTICES[ab[0]][1] + t * ty, vx, vy, curl);
                for (int jj = 0; jj < q; jj++) {
                    double w = gauss.weights()[p] * legendre(jj, 2 * t - 1);
                    for (int s = 0; s < size; s++) {
                        dofs[(row + jj) * size + s] += w * (vx[s] * tx + vy[s] * ty);
                    }
                }
            }
            row += q;
        }
        TriangleQuadrature rule = TriangleQuadrature.collapsed(q + 2, 0);
        for (int p = 0; p < rule.size(); p++) {
            double x = rule.xi()[p];
            double y = rule.eta()[p];
            spanning(x, y, vx, vy, curl);
            int r = row;
            for (int d = 0; d < 2; d++) {
                for (int deg = 0; deg <= q - 2; deg++) {
                    for (int b = 0; b <= deg; b++) {
                        double w = rule.weights()[p] * pow(2 * (x - 1.0 / 3), deg - b) * pow(2 * (y - 1.0 / 3), b);
                        for (int s = 0; s < size; s++) {
                            dofs[r * size + s] += w * (d == 0 ? vx[s] : vy[s]);
                        }
                        r++;
                    }
                }
            }
        }
        coefficient = invert(dofs, size);
        condition(q);
    }

    /**
     * Replaces the interior functions by a basis of the same span that is orthonormal in the
     * reference H(curl) inner product (u, u') + (curl u, curl u'), and makes each edge function
     * orthogonal to that span. Neither changes an edge moment (interior functions have none), so the
     * functions stay dual to the edge moments; but the functions dual to monomial interior moments
     * grow like the inverse of the monomials' Gram matrix with the order, which would make the
     * stiffness and mass matrices needlessly ill-conditioned.
     */
    private void condition(int q) {
        TriangleQuadrature rule = TriangleQuadrature.collapsed(q + 2, 0);
        int np = rule.size();
        double[][] ux = new double[np][size];
        double[][] uy = new double[np][size];
        double[][] uc = new double[np][size];
        for (int p = 0; p < np; p++) {
            evaluate(rule.xi()[p], rule.eta()[p], ux[p], uy[p], uc[p]);
        }
        double[] gram = new double[size * size];
        for (int p = 0; p < np; p++) {
            double w = rule.weights()[p];
            for (int a = 0; a < size; a++) {
                for (int b = 0; b < size; b++) {
                    gram[a * size + b] += w * (ux[p][a] * ux[p][b] + uy[p][a] * uy[p][b] + uc[p][a] * uc[p][b]);
                }
            }
        }
        // Columns of mix: the new functions in terms of the old ones.
        double[] mix = new double[size * size];
        for (int a = 0; a < size; a++) {
            mix[a * size + a] = 1;
        }
        int first = 3 * q;
        for (int k = first; k < size; k++) {
            for (int i = first; i < k; i++) {
                double dot = inner(gram, mix, i, k);
                for (int a = 0; a < size; a++) {
                    mix[a * size + k] -= dot * mix[a * size + i];
                }
            }
            double norm = Math.sqrt(inner(gram, mix, k, k));
            for (int a = 0; a < size; a++) {
                mix[a * size + k] /= norm;
            }
        }
        for (int k = 0; k < first; k++) {
            for (int i = first; i < size; i++) {
                double dot = inner(gram, mix, i, k);
                for (int a = 0; a < size; a++) {
                    mix[a * size + k] -= dot * mix[a * size + i];
                }
            }
        }
        double[] updated = new double[size * size];
        for (int j = 0; j < size; j++) {
            for (int a = 0; a < size; a++) {
                double c = coefficient[j * size + a];
                if (c == 0) {
                    continue;
                }
                for (int k = 0; k < size; k++) {
                    updated[j * size + k] += c * mix[a * size + k];
                }
            }
        }
        System.arraycopy(updated, 0, coefficient, 0, coefficient.length);
    }

    /** (f_i, f_k) in the Gram matrix for the functions given by columns i and k of mix. */
    private double inner(double[] gram, double[] mix, int i, int k) {
        double sum = 0;
        for (int a = 0; a < size; a++) {
            double ma = mix[a * size + i];
            if (ma == 0) {
                continue;
            }
            for (int b = 0; b < size; b++) {
                sum += ma * gram[a * size + b] * mix[b * size + k];
            }
        }
        return sum;
    }

    /** The element of order q, 1 ≤ q ≤ {@link TriangleNodeLayout#MAX_ORDER}. */
    public static NedelecTriangle of(int q) {
        if (q < 1 || q > TriangleNodeLayout.MAX_ORDER) {
            throw new IllegalArgumentException("Nedelec order must be 1.." + TriangleNodeLayout.MAX_ORDER + ", got "
                    + q);
        }
        return CACHE.computeIfAbsent(q, NedelecTriangle::new);
    }

    /** Order q (tangential traces of degree q − 1). */
    public int order() {
        return order;
    }

    /** Number of functions, q(q + 2). */
    public int size() {
        return size;
    }

    /** Moments per edge, q. */
    public int perEdge() {
        return order;
    }

    /** Interior functions, q(q − 1). */
    public int interiorCount() {
        return order * (order - 1);
    }

    /**
     * The reference functions at (ξ, η): components along ξ and η and the reference curl
     * ∂ξ u_η − ∂η u_ξ; arrays of {@link #size()}.
     */
    public void evaluate(double xi, double eta, double[] ux, double[] uy, double[] curl) {
        double[] sx = new double[size];
        double[] sy = new double[size];
        double[] sc = new double[size];
        spanning(xi, eta, sx, sy, sc);
        for (int k = 0; k < size; k++) {
            double x = 0;
            double y = 0;
            double c = 0;
            for (int j = 0; j < size; j++) {
                double a = coefficient[j * size + k];
                x += a * sx[j];
                y += a * sy[j];
                c += a * sc[j];
            }
            ux[k] = x;
            uy[k] = y;
            curl[k] = c;
        }
    }

    /**
     * The spanning set in centred coordinates x = 2(ξ − 1/3), y = 2(η − 1/3): the space is affine
     * invariant, and monomials about the centroid are far better conditioned than about a vertex,
     * which keeps the moment matrix's inverse accurate at high order.
     */
    private void spanning(double xi, double eta, double[] vx, double[] vy, double[] curl) {
        double x = 2 * (xi - 1.0 / 3);
        double y = 2 * (eta - 1.0 / 3);
        for (int j = 0; j < size; j++) {
            double f = pow(x, ea[j]) * pow(y, eb[j]);
            switch (kind[j]) {
                case 0 -> {
                    vx[j] = f;
                    vy[j] = 0;
                    curl[j] = -2 * (eb[j] == 0 ? 0 : eb[j] * pow(x, ea[j]) * pow(y, eb[j] - 1));
                }
                case 1 -> {
                    vx[j] = 0;
                    vy[j] = f;
                    curl[j] = 2 * (ea[j] == 0 ? 0 : ea[j] * pow(x, ea[j] - 1) * pow(y, eb[j]));
                }
                default -> {
                    vx[j] = -y * f;
                    vy[j] = x * f;
                    // ∂x(x f) + ∂y(y f) = 2f + (deg f) f by Euler's relation; d/dξ = 2 d/dx.
                    curl[j] = 2 * (order + 1) * f;
                }
            }
        }
    }

    private static double pow(double x, int n) {
        double p = 1;
        for (int i = 0; i < n; i++) {
            p *= x;
        }
        return p;
    }

    /** Legendre P_n(s) by the three-term recurrence. */
    public static double legendre(int n, double s) {
        double p0 = 1;
        if (n == 0) {
            return p0;
        }
        double p1 = s;
        for (int k = 1; k < n; k++) {
            double p2 = ((2 * k + 1) * s * p1 - k * p0) / (k + 1);
            p0 = p1;
            p1 = p2;
        }
        return p1;
    }

    /** Inverse of a dense n × n matrix by Gauss–Jordan elimination with partial pivoting. */
    private static double[] invert(double[] a, int n) {
        double[] m = a.clone();
        double[] inv = new double[n * n];
        for (int i = 0; i < n; i++) {
            inv[i * n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r * n + c]) > Math.abs(m[p * n + c])) {
                    p = r;
                }
            }
            if (Math.abs(m[p * n + c]) < 1e-300) {
                throw new IllegalStateException("Nedelec moment matrix is singular");
            }
            if (p != c) {
                for (int k = 0; k < n; k++) {
                    double t = m[p * n + k];
                    m[p * n + k] = m[c * n + k];
                    m[c * n + k] = t;
                    t = inv[p * n + k];
                    inv[p * n + k] = inv[c * n + k];
                    inv[c * n + k] = t;
                }
            }
            double d = m[c * n + c];
            for (int k = 0; k < n; k++) {
                m[c * n + k] /= d;
                inv[c * n + k] /= d;
            }
            for (int r = 0; r < n; r++) {
                if (r != c && m[r * n + c] != 0) {
                    double f = m[r * n + c];
                    for (int k = 0; k < n; k++) {
                        m[r * n + k] -= f * m[c * n + k];
                        inv[r * n + k] -= f * inv[c * n + k];
                    }
                }
            }
        }
        return inv;
    }
}
