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
        double[] lambda = {1 - xi - eta, xi, eta};
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
            double[] onCurve = new double[2];
            double[] tangent = new double[2];
            curve[e].pointAt(t, onCurve);
            curve[e].derivativeAt(t, tangent);
            double dz = onCurve[0] - (vz[a] + s * (vz[b] - vz[a]));
            double dr = onCurve[1] - (vr[a] + s * (vr[b] - vr[a]));
            double dzds = tangent[0] * span - (vz[b] - vz[a]);
            double drds = tangent[1] * span - (vr[b] - vr[a]);
            double[] dLambdaZ = new double[3];
            double[] dLambdaR = new double[3];
            if (weight <= 0) {
                // On edge (b, c) or (c, a) the blend vanishes, but not its derivative across that edge:
                // d/dλa = λb φ and d/dλb = λa φ there, with φ(0) = δ'(0) and φ(1) = −δ'(1) at a and b.
                double phiZ = bubble > 0 ? dz / bubble : s == 0 ? dzds : -dzds;
                double phiR = bubble > 0 ? dr / bubble : s == 0 ? drds : -drds;
                dLambdaZ[a] = Math.max(lambda[b], 0) * phiZ;
                dLambdaR[a] = Math.max(lambda[b], 0) * phiR;
                dLambdaZ[b] = Math.max(lambda[a], 0) * phiZ;
                dLambdaR[b] = Math.max(lambda[a], 0) * phiR;
            } else {
                double phiZ = dz / bubble;
                double phiR = dr / bubble;
                double dPhiZ = (dzds - phiZ * (1 - 2 * s)) / bubble;
                double dPhiR = (drds - phiR * (1 - 2 * s)) / bubble;
                z += weight * phiZ;
                r += weight * phiR;
                // d/dλa [λa λb φ(σ)] = λb φ − ½ λa λb φ'(σ);  d/dλb = λa φ + ½ λa λb φ'(σ).
                dLambdaZ[a] = lambda[b] * phiZ - 0.5 * weight * dPhiZ;
                dLambdaR[a] = lambda[b] * phiR - 0.5 * weight * dPhiR;
                dLambdaZ[b] = lambda[a] * phiZ + 0.5 * weight * dPhiZ;
                dLambdaR[b] = lambda[a] * phiR + 0.5 * weight * dPhiR;
            }
            zXi += dLambdaZ[1] - dLambdaZ[0];
            zEta += dLambdaZ[2] - dLambdaZ[0];
            rXi += dLambdaR[1] - dLambdaR[0];
            rEta += dLambdaR[2] - dLambdaR[0];
        }
        out.set(z, r, zXi, zEta, rXi, rEta);
    }
}
