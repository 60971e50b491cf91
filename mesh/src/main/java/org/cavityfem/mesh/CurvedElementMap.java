package org.cavityfem.mesh;

import org.cavityfem.mesh.geometry.Point;
import org.cavityfem.mesh.geometry.Segment;

/**
 * The exact map of one triangle from the reference element: the affine triangle plus, for each
 * edge lying on a curved wall, the blended displacement of that edge,
 *
 * <pre>  x(λ) = Σ λi xi + Σ_curved edges e=(a,b) λa λb φe((1 + λb − λa)/2),
 *        φe(s) = δe(s) / (s (1 − s)),  δe(s) = curve(t(s)) − [(1 − s) xa + s xb],
 *        t(s) = ta + s (tb − ta),</pre>
 *
 * which follows the curve exactly on e (there λa + λb = 1 and the argument is λb = s) and is affine
 * on the other two edges, so neighbouring elements stay conforming. Unlike a blend in the ratio
 * λb/(λa + λb), it is smooth up to the vertex opposite e, which the h^{2p} eigenvalue rate needs (W. J. Gordon and C. A. Hall, Numer. Math. 21 (1973) 109; the
 * "blending function method" of Szabó and Babuška, Finite Element Analysis, 1991, §6.6). The
 * high-order nodes are this map's images of the reference nodes; integrating with the map itself,
 * not its polynomial interpolant, makes the discrete domain the true one.
 *
 * <p>Mutable and reused: {@link #reset} starts a new element. Not thread-safe.
 */
public final class CurvedElementMap {

    private final double[] vz = new double[3];
    private final double[] vr = new double[3];
    private final Segment[] curve = new Segment[3];
    private final double[] tStart = new double[3];
    private final double[] tEnd = new double[3];
    private final double[] lambda = new double[3];
    private final double[] dLambdaZ = new double[3];
    private final double[] dLambdaR = new double[3];

    /** Starts an element with straight edges and vertices (z, r) (m). */
    public void reset(double z0, double r0, double z1, double r1, double z2, double r2) {
        vz[0] = z0;
        vz[1] = z1;
        vz[2] = z2;
        vr[0] = r0;
        vr[1] = r1;
        vr[2] = r2;
        curve[0] = curve[1] = curve[2] = null;
    }

    /** Makes local edge e follow {@code shape} from parameter ta (its start vertex) to tb (its end). */
    public void curve(int edge, Segment shape, double ta, double tb) {
        curve[edge] = shape;
        tStart[edge] = ta;
        tEnd[edge] = tb;
    }

    /** True when some edge follows a curve. */
    public boolean isCurved() {
        return curve[0] != null || curve[1] != null || curve[2] != null;
    }

    /** Point at fraction s along local edge e from its start vertex (m). */
    public Point edgePoint(int edge, double s) {
        if (curve[edge] != null) {
            return curve[edge].pointAt(tStart[edge] + s * (tEnd[edge] - tStart[edge]));
        }
        int a = edge;
        int b = (edge + 1) % 3;
        return new Point(vz[a] + s * (vz[b] - vz[a]), vr[a] + s * (vr[b] - vr[a]));
    }

    /** Point at reference coordinates (ξ, η) (m). */
    public Point map(double xi, double eta) {
        double[] out = new double[6];
        evaluate(xi, eta, out);
        return new Point(out[0], out[1]);
    }

    /**
     * Position and Jacobian at (ξ, η): out = {z, r, ∂z/∂ξ, ∂z/∂η, ∂r/∂ξ, ∂r/∂η} (m).
     */
    public void evaluate(double xi, double eta, double[] out) {
        lambda[0] = 1 - xi - eta;
        lambda[1] = xi;
        lambda[2] = eta;
        double z = lambda[0] * vz[0] + lambda[1] * vz[1] + lambda[2] * vz[2];
        double r = lambda[0] * vr[0] + lambda[1] * vr[1] + lambda[2] * vr[2];
        // ∂/∂ξ = ∂/∂λ1 − ∂/∂λ0 and ∂/∂η = ∂/∂λ2 − ∂/∂λ0, applied to the affine part and each blend.
        double zXi = vz[1] - vz[0];
        double zEta = vz[2] - vz[0];
        double rXi = vr[1] - vr[0];
        double rEta = vr[2] - vr[0];
        for (int e = 0; e < 3; e++) {
            if (curve[e] == null) {
                continue;
            }
            int a = e;
            int b = (e + 1) % 3;
            double weight = lambda[a] * lambda[b];
            if (lambda[a] <= 0 && lambda[b] <= 0) {
                continue; // at the opposite vertex the blend and its derivatives vanish
            }
            double s = Math.min(1, Math.max(0, 0.5 * (1 + lambda[b] - lambda[a])));
            double bubble = s * (1 - s);
            double span = tEnd[e] - tStart[e];
            double t = tStart[e] + s * span;
            Point onCurve = curve[e].pointAt(t);
            Point tangent = curve[e].derivativeAt(t);
            double dz = onCurve.z() - (vz[a] + s * (vz[b] - vz[a]));
            double dr = onCurve.r() - (vr[a] + s * (vr[b] - vr[a]));
            double dzds = tangent.z() * span - (vz[b] - vz[a]);
            double drds = tangent.r() * span - (vr[b] - vr[a]);
            if (weight <= 0) {
                // On edge (b, c) or (c, a) the blend vanishes, but not its derivative across that edge:
                // d/dλa = λb φ and d/dλb = λa φ there, with φ(0) = δ'(0) and φ(1) = −δ'(1) at a and b.
                double phiZ = bubble > 0 ? dz / bubble : s == 0 ? dzds : -dzds;
                double phiR = bubble > 0 ? dr / bubble : s == 0 ? drds : -drds;
                java.util.Arrays.fill(dLambdaZ, 0);
                java.util.Arrays.fill(dLambdaR, 0);
                dLambdaZ[a] = Math.max(lambda[b], 0) * phiZ;
                dLambdaR[a] = Math.max(lambda[b], 0) * phiR;
                dLambdaZ[b] = Math.max(lambda[a], 0) * phiZ;
                dLambdaR[b] = Math.max(lambda[a], 0) * phiR;
                zXi += dLambdaZ[1] - dLambdaZ[0];
                zEta += dLambdaZ[2] - dLambdaZ[0];
                rXi += dLambdaR[1] - dLambdaR[0];
                rEta += dLambdaR[2] - dLambdaR[0];
                continue;
            }
            double phiZ = dz / bubble;
            double phiR = dr / bubble;
            double dPhiZ = (dzds - phiZ * (1 - 2 * s)) / bubble;
            double dPhiR = (drds - phiR * (1 - 2 * s)) / bubble;
            z += weight * phiZ;
            r += weight * phiR;
            // d/dλa [λa λb φ(σ)] = λb φ − ½ λa λb φ'(σ);  d/dλb = λa φ + ½ λa λb φ'(σ).
            java.util.Arrays.fill(dLambdaZ, 0);
            java.util.Arrays.fill(dLambdaR, 0);
            dLambdaZ[a] = lambda[b] * phiZ - 0.5 * weight * dPhiZ;
            dLambdaR[a] = lambda[b] * phiR - 0.5 * weight * dPhiR;
            dLambdaZ[b] = lambda[a] * phiZ + 0.5 * weight * dPhiZ;
            dLambdaR[b] = lambda[a] * phiR + 0.5 * weight * dPhiR;
            zXi += dLambdaZ[1] - dLambdaZ[0];
            zEta += dLambdaZ[2] - dLambdaZ[0];
            rXi += dLambdaR[1] - dLambdaR[0];
            rEta += dLambdaR[2] - dLambdaR[0];
        }
        out[0] = z;
        out[1] = r;
        out[2] = zXi;
        out[3] = zEta;
        out[4] = rXi;
        out[5] = rEta;
    }

    /**
     * Loads element {@code element} of a mesh: its vertices and, from {@code edges} (the mesh's
     * boundary edges of this element), the curved ones.
     */
    public void load(Mesh mesh, int element, Iterable<BoundaryEdge> edges) {
        int a = mesh.node(element, 0);
        int b = mesh.node(element, 1);
        int c = mesh.node(element, 2);
        reset(mesh.z(a), mesh.r(a), mesh.z(b), mesh.r(b), mesh.z(c), mesh.r(c));
        for (BoundaryEdge edge : edges) {
            Segment shape = mesh.contour().segment(edge.segment()).shape();
            if (!(shape instanceof org.cavityfem.mesh.geometry.Line)) {
                curve(edge.localEdge(), shape, edge.tStart(), edge.tEnd());
            }
        }
    }
}
