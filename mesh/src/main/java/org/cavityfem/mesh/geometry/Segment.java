package org.cavityfem.mesh.geometry;

/**
 * A smooth curve of the meridian half-plane parametrised by t in [0, 1].
 * Implementations are immutable; all lengths in metres.
 */
public sealed interface Segment permits Line, CircularArc, EllipticArc {

    /** Point at parameter t in [0, 1]. */
    Point pointAt(double t);

    /** Derivative d(z, r)/dt at parameter t (m). */
    Point derivativeAt(double t);

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
