package org.cavityfem.mesh.build;

import java.util.ArrayList;
import java.util.List;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.CircularArc;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.InvalidGeometryException;
import org.cavityfem.mesh.geometry.Line;
import org.cavityfem.mesh.geometry.Point;

/**
 * A spherical cavity centred at the origin: in the meridian plane a half disc bounded by a metal
 * semicircle and the axis. A validation case with a curved wall: its lowest axisymmetric TM mode
 * has k·a = 2.743707269992269 (first root of d/dx [x j1(x)] = 0).
 *
 * @param radius sphere radius (m)
 */
public record SphericalCavity(double radius) {

    public SphericalCavity {
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new InvalidGeometryException("sphere radius must be a positive length, got " + radius + " m");
        }
    }

    /** The semicircle from (radius, 0) over the top to (−radius, 0), then the axis back. */
    public Contour contour() {
        Point origin = new Point(0, 0);
        ContourSegment wall = new ContourSegment(new CircularArc(origin, radius, 0, Math.PI), BoundaryKind.METAL,
                "sphere.wall");
        ContourSegment axis = new ContourSegment(new Line(new Point(-radius, 0), new Point(radius, 0)),
                BoundaryKind.AXIS, "sphere.axis");
        return Contour.of(List.of(wall, axis));
    }

    /**
     * The semicircle written as a polygon of {@code segments} equal chords (vertices on the circle),
     * then the axis: the shape of an imported polyline. Its tangent turns by π/segments at each
     * vertex, and its modes tend to the sphere's as 1/segments² (the chords' distance from the
     * circle).
     *
     * @param segments number of chords, at least 2
     */
    public Contour polygon(int segments) {
        if (segments < 2) {
            throw new InvalidGeometryException("a polygon for the sphere needs at least 2 chords, got " + segments);
        }
        List<ContourSegment> chain = new ArrayList<>(segments + 1);
        Point previous = new Point(radius, 0);
        for (int i = 1; i <= segments; i++) {
            double angle = Math.PI * i / segments;
            Point next = i == segments ? new Point(-radius, 0)
                    : new Point(radius * Math.cos(angle), radius * Math.sin(angle));
            chain.add(new ContourSegment(new Line(previous, next), BoundaryKind.METAL, "sphere.chord" + i));
            previous = next;
        }
        chain.add(new ContourSegment(new Line(new Point(-radius, 0), new Point(radius, 0)), BoundaryKind.AXIS,
                "sphere.axis"));
        return Contour.of(chain);
    }
}
