package org.cavityfem.mesh.geometry;

import org.cavityfem.fem.EdgeCurve;

/**
 * A smooth curve of the meridian half-plane parametrised by t in [0, 1].
 * Implementations are immutable; all lengths in metres. As an {@link EdgeCurve} it is what the
 * exact element map of an element edge on the wall follows.
 */
public sealed interface Segment extends EdgeCurve permits Line, CircularArc, EllipticArc {

    /** Point at parameter t in [0, 1]. */
    Point pointAt(double t);

    /** Derivative d(z, r)/dt at parameter t (m). */
    Point derivativeAt(double t);

    @Override
    default void pointAt(double t, double[] out) {
        Point p = pointAt(t);
        out[0] = p.z();
        out[1] = p.r();
    }

    @Override
    default void derivativeAt(double t, double[] out) {
        Point d = derivativeAt(t);
        out[0] = d.z();
        out[1] = d.r();
    }

    /** Arc length (m). */
    double length();

    /** Smallest radius of curvature along the segment (m); infinite for a line. */
    double minCurvatureRadius();

    /** Radius of curvature at parameter t (m); infinite for a line. */
    double curvatureRadiusAt(double t);

    /** The same curve run the other way. */
    Segment reversed();

    /** Start point, t = 0. */
    default Point start() {
        return pointAt(0);
    }

    /** End point, t = 1. */
    default Point end() {
        return pointAt(1);
    }

    /** Short human-readable description for messages. */
    String describe();
}
