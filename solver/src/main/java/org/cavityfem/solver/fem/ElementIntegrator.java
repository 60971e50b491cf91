package org.cavityfem.solver.fem;

import java.util.Locale;
import java.util.List;
import org.cavityfem.mesh.BoundaryEdge;
import org.cavityfem.mesh.CurvedEdges;
import org.cavityfem.mesh.CurvedElementMap;
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
 * <p>Elements with an edge on a curved wall are integrated through their exact blended map
 * ({@link CurvedElementMap}) by default, so the discrete domain is the true one and the eigenvalue
 * keeps its h^{2p} rate; {@link GeometryMode#ISOPARAMETRIC} uses the polynomial interpolant of the
 * nodes instead, whose O(h^{p+1}) wall error limits that rate for odd p.
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
    private final GeometryMode geometry;
    private final CurvedEdges curvedEdges;
    private final CurvedElementMap exactMap = new CurvedElementMap();
    private final double[] mapOut = new double[6];
    private final int n;
    private final double axisTolerance;
    /** [collapse vertex][0 = standard, 1 = enriched, 2 = most]. */
    private final TabulatedBasis[][] rules = new TabulatedBasis[3][3];
    private final double[] zNode;
    private final double[] rNode;
    private final double[] gz;
    private final double[] gr;
    private final double[] c;

    ElementIntegrator(Mesh mesh, GeometryMode geometry) {
        this.mesh = mesh;
        this.geometry = geometry;
        this.curvedEdges = CurvedEdges.of(mesh);
        LagrangeTriangle basis = LagrangeTriangle.of(mesh.order());
        this.n = basis.size();
        int p = mesh.order();
        for (int v = 0; v < 3; v++) {
            rules[v][0] = TabulatedBasis.of(basis, TriangleQuadrature.collapsed(p + 2, v));
            rules[v][1] = TabulatedBasis.of(basis, TriangleQuadrature.collapsed(p + 6, v));
            rules[v][2] = TabulatedBasis.of(basis, TriangleQuadrature.collapsed(p + 14, v));
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
        List<BoundaryEdge> curved = curvedEdges.of(e);
        boolean exact = geometry == GeometryMode.EXACT && !curved.isEmpty();
        if (exact) {
            exactMap.load(mesh, e, curved);
        }
        TabulatedBasis tab = chooseRule(curved);
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
            if (exact) {
                exactMap.evaluate(tab.rule().xi()[q], tab.rule().eta()[q], mapOut);
                r = mapOut[1];
                zXi = mapOut[2];
                zEta = mapOut[3];
                rXi = mapOut[4];
                rEta = mapOut[5];
            } else {
                for (int k = 0; k < n; k++) {
                    r += rNode[k] * phi[k];
                    zXi += zNode[k] * dx[k];
                    zEta += zNode[k] * dy[k];
                    rXi += rNode[k] * dx[k];
                    rEta += rNode[k] * dy[k];
                }
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

    /**
     * Picks the rule. The collapse vertex goes on the axis when the element touches it (the Duffy
     * Jacobian cancels the 1/r there); otherwise, for a curved element, opposite its curved edge,
     * where the blend (λa + λb)² δ(λb / (λa + λb)) becomes u² δ(v), smooth in the square. Curved and
     * near-axis elements get more points; an element that is both curved and on the axis, where the
     * two wishes conflict, gets the most.
     */
    private TabulatedBasis chooseRule(List<BoundaryEdge> curved) {
        int axisVertex = -1;
        double rMin = Double.POSITIVE_INFINITY;
        for (int v = 0; v < 3; v++) {
            if (rNode[v] < rMin) {
                rMin = rNode[v];
                axisVertex = v;
            }
        }
        boolean onAxis = rMin <= axisTolerance;
        int opposite = curved.isEmpty() ? -1 : (curved.get(0).localEdge() + 2) % 3;
        int collapse = onAxis ? axisVertex : Math.max(opposite, 0);
        double diameter = Math.max(Math.hypot(zNode[1] - zNode[0], rNode[1] - rNode[0]),
                Math.max(Math.hypot(zNode[2] - zNode[1], rNode[2] - rNode[1]),
                        Math.hypot(zNode[0] - zNode[2], rNode[0] - rNode[2])));
        boolean nearAxis = onAxis || rMin < 2 * diameter;
        int level;
        if (onAxis && opposite >= 0 && opposite != axisVertex) {
            level = 2;
        } else {
            level = nearAxis || opposite >= 0 ? 1 : 0;
        }
        return rules[collapse][level];
    }
}
