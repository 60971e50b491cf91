package org.cavityfem.fem;

import java.util.List;

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
 * <p>Immutable and thread-safe.
 */
final class BlendedElementMap extends ElementMap {

    private final double[] vz;
    private final double[] vr;
    /** Straight elements, the vast majority, share these (never written) arrays. */
    private static final EdgeCurve[] NO_CURVES = new EdgeCurve[3];
    private static final double[] NO_PARAMETERS = new double[3];

    private final EdgeCurve[] curve;
    private final double[] tStart;
    private final double[] tEnd;

    BlendedElementMap(double[] vz, double[] vr, List<CurvedEdge> curved) {
        super(vz, vr, curved);
        this.vz = vz;
        this.vr = vr;
        boolean straight = curved.isEmpty();
        this.curve = straight ? NO_CURVES : new EdgeCurve[3];
        this.tStart = straight ? NO_PARAMETERS : new double[3];
        this.tEnd = straight ? NO_PARAMETERS : new double[3];
        for (CurvedEdge edge : curved) {
            curve[edge.localEdge()] = edge.curve();
            tStart[edge.localEdge()] = edge.tStart();
            tEnd[edge.localEdge()] = edge.tEnd();
        }
    }

    @Override
    public double[] edgePoint(int edge, double s) {
        if (curve[edge] != null) {
            double[] out = new double[2];
            curve[edge].pointAt(tStart[edge] + s * (tEnd[edge] - tStart[edge]), out);
            return out;
        }
        int a = edge;
        int b = (edge + 1) % 3;
        return new double[] {vz[a] + s * (vz[b] - vz[a]), vr[a] + s * (vr[b] - vr[a])};
    }

    @Override
    public void evaluate(double xi, double eta, MapPoint out) {
        // The barycentric coordinates and the blends' λ-derivatives are locals, not arrays: the map
        // is evaluated at every point of every pass, and the quick-start compiler does not remove
        // short-lived arrays. The same expressions in the same order as with arrays.
        double lambda0 = 1 - xi - eta;
        double lambda1 = xi;
        double lambda2 = eta;
        double z = lambda0 * vz[0] + lambda1 * vz[1] + lambda2 * vz[2];
        double r = lambda0 * vr[0] + lambda1 * vr[1] + lambda2 * vr[2];
        // ∂/∂ξ = ∂/∂λ1 − ∂/∂λ0 and ∂/∂η = ∂/∂λ2 − ∂/∂λ0, applied to the affine part and each blend.
        double zXi = vz[1] - vz[0];
        double zEta = vz[2] - vz[0];
        double rXi = vr[1] - vr[0];
        double rEta = vr[2] - vr[0];
        double[] onCurve = null;
        for (int e = 0; e < 3; e++) {
            if (curve[e] == null) {
                continue;
            }
            int a = e;
            int b = (e + 1) % 3;
            double lambdaA = a == 0 ? lambda0 : a == 1 ? lambda1 : lambda2;
            double lambdaB = b == 0 ? lambda0 : b == 1 ? lambda1 : lambda2;
            double weight = lambdaA * lambdaB;
            if (lambdaA <= 0 && lambdaB <= 0) {
                continue; // at the opposite vertex the blend and its derivatives vanish
            }
            double s = Math.min(1, Math.max(0, 0.5 * (1 + lambdaB - lambdaA)));
            double bubble = s * (1 - s);
            double span = tEnd[e] - tStart[e];
            double t = tStart[e] + s * span;
            if (onCurve == null) {
                onCurve = new double[2];
            }
            curve[e].pointAt(t, onCurve);
            double curveZ = onCurve[0];
            double curveR = onCurve[1];
            curve[e].derivativeAt(t, onCurve);
            double tangentZ = onCurve[0];
            double tangentR = onCurve[1];
            double dz = curveZ - (vz[a] + s * (vz[b] - vz[a]));
            double dr = curveR - (vr[a] + s * (vr[b] - vr[a]));
            double dzds = tangentZ * span - (vz[b] - vz[a]);
            double drds = tangentR * span - (vr[b] - vr[a]);
            // d/dλa and d/dλb of the blend; d/dλc is 0.
            double dZa;
            double dRa;
            double dZb;
            double dRb;
            if (weight <= 0) {
                // On edge (b, c) or (c, a) the blend vanishes, but not its derivative across that edge:
                // d/dλa = λb φ and d/dλb = λa φ there, with φ(0) = δ'(0) and φ(1) = −δ'(1) at a and b.
                double phiZ = bubble > 0 ? dz / bubble : s == 0 ? dzds : -dzds;
                double phiR = bubble > 0 ? dr / bubble : s == 0 ? drds : -drds;
                dZa = Math.max(lambdaB, 0) * phiZ;
                dRa = Math.max(lambdaB, 0) * phiR;
                dZb = Math.max(lambdaA, 0) * phiZ;
                dRb = Math.max(lambdaA, 0) * phiR;
            } else {
                double phiZ = dz / bubble;
                double phiR = dr / bubble;
                double dPhiZ = (dzds - phiZ * (1 - 2 * s)) / bubble;
                double dPhiR = (drds - phiR * (1 - 2 * s)) / bubble;
                z += weight * phiZ;
                r += weight * phiR;
                // d/dλa [λa λb φ(σ)] = λb φ − ½ λa λb φ'(σ);  d/dλb = λa φ + ½ λa λb φ'(σ).
                dZa = lambdaB * phiZ - 0.5 * weight * dPhiZ;
                dRa = lambdaB * phiR - 0.5 * weight * dPhiR;
                dZb = lambdaA * phiZ + 0.5 * weight * dPhiZ;
                dRb = lambdaA * phiR + 0.5 * weight * dPhiR;
            }
            // The derivative with respect to λ0, λ1, λ2 (0 for the vertex c opposite the edge).
            double dZ0 = a == 0 ? dZa : b == 0 ? dZb : 0;
            double dZ1 = a == 1 ? dZa : b == 1 ? dZb : 0;
            double dZ2 = a == 2 ? dZa : b == 2 ? dZb : 0;
            double dR0 = a == 0 ? dRa : b == 0 ? dRb : 0;
            double dR1 = a == 1 ? dRa : b == 1 ? dRb : 0;
            double dR2 = a == 2 ? dRa : b == 2 ? dRb : 0;
            zXi += dZ1 - dZ0;
            zEta += dZ2 - dZ0;
            rXi += dR1 - dR0;
            rEta += dR2 - dR0;
        }
        out.set(z, r, zXi, zEta, rXi, rEta);
    }
}
