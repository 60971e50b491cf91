package org.cavityfem.casefile;

import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Point;

/** One segment of a {@link ContourGeometry}, as written in the case file. */
public sealed interface WallSegment {

    /** End point of the segment (m). */
    Point to();

    /** Boundary condition on the segment. */
    BoundaryKind boundary();

    /** Case-file spelling of the segment kind, the value of its {@code type}. */
    String type();

    /** The same segment with another boundary kind. */
    WallSegment withBoundary(BoundaryKind kind);

    /**
     * A straight segment.
     *
     * @param to end point (m)
     * @param boundary boundary condition
     */
    record LineTo(Point to, BoundaryKind boundary) implements WallSegment {
        @Override
        public String type() {
            return "line";
        }

        @Override
        public LineTo withBoundary(BoundaryKind kind) {
            return new LineTo(to, kind);
        }
    }

    /**
     * A circular arc about {@code center}; start and end lie on the circle.
     *
     * @param to end point (m)
     * @param center centre of the circle (m)
     * @param counterClockwise true when the arc turns counter-clockwise in the (z, r) plane
     * @param boundary boundary condition
     */
    record ArcTo(Point to, Point center, boolean counterClockwise, BoundaryKind boundary) implements WallSegment {
        @Override
        public String type() {
            return "arc";
        }

        @Override
        public ArcTo withBoundary(BoundaryKind kind) {
            return new ArcTo(to, center, counterClockwise, kind);
        }
    }

    /**
     * An arc of an axis-aligned ellipse about {@code center}; start and end lie on the ellipse.
     *
     * @param to end point (m)
     * @param center centre of the ellipse (m)
     * @param semiAxisZ semi-axis along z (m)
     * @param semiAxisR semi-axis along r (m)
     * @param counterClockwise true when the arc turns counter-clockwise in the (z, r) plane
     * @param boundary boundary condition
     */
    record EllipticArcTo(Point to, Point center, double semiAxisZ, double semiAxisR, boolean counterClockwise,
            BoundaryKind boundary) implements WallSegment {
        @Override
        public String type() {
            return "ellipticArc";
        }

        @Override
        public EllipticArcTo withBoundary(BoundaryKind kind) {
            return new EllipticArcTo(to, center, semiAxisZ, semiAxisR, counterClockwise, kind);
        }
    }
}
