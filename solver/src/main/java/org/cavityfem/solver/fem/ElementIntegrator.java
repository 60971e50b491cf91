package org.cavityfem.solver.fem;

import java.util.Locale;
import org.cavityfem.mesh.LagrangeTriangle;
import org.cavityfem.mesh.Mesh;

/**
 * Element matrices of the H_phi weak form (DESIGN §2) on one isoparametric triangle:
 *
 * <pre>
 *   K_ab = ∫∫ [ r ∂zφa ∂zφb + (1/r) ∂r(r φa) ∂r(r φb) ] dr dz      (1/m⁰ · m... per unit H²)
 *   M_ab = ∫∫ r φa φb dr dz
 * </pre>
 *
 * <p>The 1/r term is integrable because every unknown vanishes on the axis. Quadrature is chosen
 * per element: the collapsed rule is collapsed into a vertex on the axis when there is one (the
 * Jacobian then cancels the 1/r), and curved elements or elements close to the axis, where the
 * integrands are rational rather than polynomial, get extra points. Not thread-safe: one instance
 * per thread.
 */
final class ElementIntegrator {

    /** Relative distance below which a vertex counts as lying on the axis. */
    private static final double AXIS_TOLERANCE = 1e-12;

    private final Mesh mesh;
    private final int n;
    private final double axisTolerance;
    /** [collapse vertex][0 = standard, 1 = enriched]. */
    private final TabulatedBasis[][] rules = new TabulatedBasis[3][2];
    private final double[] zNode;
    private final double[] rNode;
    private final double[] gz;
    private final double[] gr;
    private final double[] c;

    ElementIntegrator(Mesh mesh) {
        this.mesh = mesh;
        LagrangeTriangle basis = LagrangeTriangle.of(mesh.order());
        this.n = basis.size();
        int p = mesh.order();
        for (int v = 0; v < 3; v++) {
            rules[v][0] = TabulatedBasis.of(basis, TriangleQuadrature.collapsed(p + 2, v));
            rules[v][1] = TabulatedBasis.of(basis, TriangleQuadrature.collapsed(p + 6, v));
        }
        this.axisTolerance = AXIS_TOLERANCE * mesh.contour().boundingSize();
        zNode = new double[n];
        rNode = new double[n];
        gz = new double[n];
        gr = new double[n];
        c = new double[n];
    }

    /** Number of local functions. */
    int localSize() {
        return n;
    }

    /**
     * Writes the element stiffness and mass matrices (row-major n × n) of element e.
     *
     * @throws IllegalStateException when the element map is inverted somewhere
     */
    void integrate(int e, double[] stiffness, double[] mass) {
        for (int k = 0; k < n; k++) {
            int node = mesh.node(e, k);
            zNode[k] = mesh.z(node);
            rNode[k] = mesh.r(node);
        }
        TabulatedBasis tab = chooseRule();
        java.util.Arrays.fill(stiffness, 0, n * n, 0);
        java.util.Arrays.fill(mass, 0, n * n, 0);
        double[] w = tab.rule().weights();
        for (int q = 0; q < w.length; q++) {
            double[] phi = tab.value()[q];
            double[] dx = tab.dXi()[q];
            double[] dy = tab.dEta()[q];
            double r = 0;
            double zXi = 0;
            double zEta = 0;
            double rXi = 0;
            double rEta = 0;
            for (int k = 0; k < n; k++) {
                r += rNode[k] * phi[k];
                zXi += zNode[k] * dx[k];
                zEta += zNode[k] * dy[k];
                rXi += rNode[k] * dx[k];
                rEta += rNode[k] * dy[k];
            }
            double det = zXi * rEta - zEta * rXi;
            if (!(det > 0)) {
                throw new IllegalStateException(String.format(Locale.ROOT,
                        "element %d is inverted near (z=%.6g m, r=%.6g m)", e, zNode[0], rNode[0]));
            }
            double inv = 1 / det;
            for (int k = 0; k < n; k++) {
                gz[k] = (rEta * dx[k] - rXi * dy[k]) * inv;
                gr[k] = (zXi * dy[k] - zEta * dx[k]) * inv;
                c[k] = phi[k] + r * gr[k];
            }
            double wd = w[q] * det;
            double wr = wd * r;
            double wOverR = wd / r;
            for (int a = 0; a < n; a++) {
                double ka = wr * gz[a];
                double kc = wOverR * c[a];
                double ma = wr * phi[a];
                int row = a * n;
                for (int b = a; b < n; b++) {
                    stiffness[row + b] += ka * gz[b] + kc * c[b];
                    mass[row + b] += ma * phi[b];
                }
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < a; b++) {
                stiffness[a * n + b] = stiffness[b * n + a];
                mass[a * n + b] = mass[b * n + a];
            }
        }
    }

    /** Collapses into an axis vertex when there is one; enriches curved and near-axis elements. */
    private TabulatedBasis chooseRule() {
        int collapse = 0;
        double rMin = Double.POSITIVE_INFINITY;
        for (int v = 0; v < 3; v++) {
            if (rNode[v] < rMin) {
                rMin = rNode[v];
                collapse = v;
            }
        }
        boolean onAxis = rMin <= axisTolerance;
        if (!onAxis) {
            collapse = 0;
        }
        double diameter = Math.max(Math.hypot(zNode[1] - zNode[0], rNode[1] - rNode[0]),
                Math.max(Math.hypot(zNode[2] - zNode[1], rNode[2] - rNode[1]),
                        Math.hypot(zNode[0] - zNode[2], rNode[0] - rNode[2])));
        boolean nearAxis = onAxis || rMin < 2 * diameter;
        return rules[collapse][nearAxis || isCurved(diameter) ? 1 : 0];
    }

    /** True when some high-order node is off the affine image of its reference position. */
    private boolean isCurved(double diameter) {
        var layout = mesh.layout();
        double tol = 1e-12 * diameter;
        for (int k = 3; k < n; k++) {
            double xi = layout.xi(k);
            double eta = layout.eta(k);
            double l0 = 1 - xi - eta;
            double z = l0 * zNode[0] + xi * zNode[1] + eta * zNode[2];
            double r = l0 * rNode[0] + xi * rNode[1] + eta * rNode[2];
            if (Math.abs(z - zNode[k]) > tol || Math.abs(r - rNode[k]) > tol) {
                return true;
            }
        }
        return false;
    }
}
