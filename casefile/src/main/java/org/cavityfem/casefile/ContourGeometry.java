package org.cavityfem.casefile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.Point;

/**
 * A general closed wall contour in the (z, r) half-plane: a start point and a chain of segments,
 * each beginning where the previous one ends; the last ends at the start point.
 *
 * @param start first point of the chain (m)
 * @param segments the chain, at least two segments
 */
public record ContourGeometry(Point start, List<WallSegment> segments) implements Geometry {

    /** Case-file type name. */
    public static final String TYPE = "contour";

    public ContourGeometry {
        segments = List.copyOf(segments);
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** The contour of the segments, each named by its JSON path ({@link ContourFactory#segmentName}). */
    @Override
    public Contour contour() {
        return Contour.of(ContourFactory.segments(this));
    }

    /** The axial extent of the wall, beam pipes included. */
    @Override
    public OptionalDouble defaultActiveLength(Contour contour) {
        return OptionalDouble.of(ActiveLength.axialExtent(contour));
    }

    /** The segments with the boundary kinds the contour gave them (segments on r = 0 become the axis). */
    @Override
    public ContourGeometry resolved(Contour contour) {
        Map<String, BoundaryKind> kinds = new HashMap<>();
        for (ContourSegment s : contour.segments()) {
            kinds.put(s.name(), s.kind());
        }
        List<WallSegment> resolved = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            WallSegment s = segments.get(i);
            resolved.add(s.withBoundary(kinds.getOrDefault(ContourFactory.segmentName(i), s.boundary())));
        }
        return new ContourGeometry(start, resolved);
    }

    /** Start point of segment {@code i}: the start for the first, the previous end otherwise. */
    public Point startOf(int i) {
        return i == 0 ? start : segments.get(i - 1).to();
    }
}
