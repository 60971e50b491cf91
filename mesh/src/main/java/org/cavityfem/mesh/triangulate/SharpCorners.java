package org.cavityfem.mesh.triangulate;

import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.Point;

/**
 * Contour corners whose interior angle is below 60°. Delaunay refinement cannot give the triangles
 * in such a corner a larger angle than the corner's, and splitting them would cascade towards the
 * apex forever. Two measures, after Ruppert and Shewchuk's "concentric shells", keep it finite:
 * wall edges touching the apex are split at a power-of-two distance from it, so that vertices on
 * the two walls pair up at equal distances; and a skinny triangle whose shortest edge joins such a
 * pair is left alone.
 */
final class SharpCorners {

    /** Interior angle below which a corner is sharp (rad). */
    private static final double SHARP = Math.toRadians(60);
    /** Relative difference under which two distances from the apex count as the same shell. */
    private static final double SAME_SHELL = 0.01;

    private final int segments;
    private final boolean[] sharp;
    /** Triangulation vertex at the start of each segment. */
    private final int[] vertex;

    SharpCorners(Contour contour) {
        segments = contour.size();
        sharp = sharpStarts(contour);
        vertex = new int[segments];
    }

    /** For each segment, whether the corner at its start is sharp. */
    static boolean[] sharpStarts(Contour contour) {
        int segments = contour.size();
        boolean[] sharp = new boolean[segments];
        for (int s = 0; s < segments; s++) {
            Point out = contour.segment(s).shape().derivativeAt(0);
            Point in = contour.segment((s + segments - 1) % segments).shape().derivativeAt(1);
            // Interior angle: from the outgoing tangent counter-clockwise to the reversed incoming one.
            double angle = Math.atan2(-(out.z() * in.r() - out.r() * in.z()), -(out.z() * in.z() + out.r() * in.r()));
            if (angle < 0) {
                angle += 2 * Math.PI;
            }
            sharp[s] = angle < SHARP;
        }
        return sharp;
    }

    /** Records the triangulation vertex placed at the start of segment s. */
    void setVertex(int s, int v) {
        vertex[s] = v;
    }

    boolean isSharp(int v, BoundaryChain chain) {
        if (!chain.onContour(v)) {
            return false;
        }
        int s = chain.segment[v];
        return sharp[s] && vertex[s] == v;
    }

    /**
     * True when u and w lie on the two walls of one sharp corner at the same distance from its
     * apex (x, y are the triangulation's coordinates).
     */
    boolean sameShell(int u, int w, BoundaryChain chain, double[] x, double[] y) {
        if (!chain.onContour(u) || !chain.onContour(w)) {
            return false;
        }
        int su = chain.segment[u];
        int sw = chain.segment[w];
        int s;
        if (sw == (su + 1) % segments) {
            s = sw;
        } else if (su == (sw + 1) % segments) {
            s = su;
        } else {
            return false;
        }
        int apex = vertex[s];
        if (!sharp[s] || apex == u || apex == w) {
            return false;
        }
        double du = Math.hypot(x[u] - x[apex], y[u] - y[apex]);
        double dw = Math.hypot(x[w] - x[apex], y[w] - y[apex]);
        return Math.abs(du - dw) <= SAME_SHELL * Math.max(du, dw);
    }
}
