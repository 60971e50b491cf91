package org.cavityfem.mesh;

import org.cavityfem.mesh.geometry.Point;
import org.cavityfem.mesh.geometry.Segment;

/**
 * Position of a point of one element given its barycentric coordinates: the affine triangle plus
 * the blended displacement of its curved edges (see {@link HighOrderNodes}). Reused for every
 * element; {@link #reset} starts a new one.
 */
final class ElementGeometry {

    private final double[] vz = new double[3];
    private final double[] vr = new double[3];
    private final Segment[] curve = new Segment[3];
    private final double[] tStart = new double[3];
    private final double[] tEnd = new double[3];

    /** Starts an element with straight edges and the given vertices. */
    void reset(double[] z, double[] r, int a, int b, int c) {
        vz[0] = z[a];
        vz[1] = z[b];
        vz[2] = z[c];
        vr[0] = r[a];
        vr[1] = r[b];
        vr[2] = r[c];
        curve[0] = curve[1] = curve[2] = null;
    }

    /** Makes local edge e follow the curve from parameter ta (its start vertex) to tb (its end vertex). */
    void curve(int edge, Segment shape, double ta, double tb) {
        curve[edge] = shape;
        tStart[edge] = ta;
        tEnd[edge] = tb;
    }

    boolean isCurved() {
        return curve[0] != null || curve[1] != null || curve[2] != null;
    }

    /** Point at fraction s along local edge e from its start vertex. */
    Point edgePoint(int edge, double s) {
        if (curve[edge] != null) {
            return curve[edge].pointAt(tStart[edge] + s * (tEnd[edge] - tStart[edge]));
        }
        int a = edge;
        int b = (edge + 1) % 3;
        return new Point(vz[a] + s * (vz[b] - vz[a]), vr[a] + s * (vr[b] - vr[a]));
    }

    /** Point at reference coordinates (ξ, η): λ0 = 1 − ξ − η, λ1 = ξ, λ2 = η. */
    Point map(double xi, double eta) {
        double[] lambda = {1 - xi - eta, xi, eta};
        double pz = lambda[0] * vz[0] + lambda[1] * vz[1] + lambda[2] * vz[2];
        double pr = lambda[0] * vr[0] + lambda[1] * vr[1] + lambda[2] * vr[2];
        for (int e = 0; e < 3; e++) {
            if (curve[e] == null) {
                continue;
            }
            int a = e;
            int b = (e + 1) % 3;
            double sum = lambda[a] + lambda[b];
            if (sum <= 0) {
                continue;
            }
            double s = lambda[b] / sum;
            Point onCurve = curve[e].pointAt(tStart[e] + s * (tEnd[e] - tStart[e]));
            double chordZ = vz[a] + s * (vz[b] - vz[a]);
            double chordR = vr[a] + s * (vr[b] - vr[a]);
            pz += sum * sum * (onCurve.z() - chordZ);
            pr += sum * sum * (onCurve.r() - chordR);
        }
        return new Point(pz, pr);
    }
}
