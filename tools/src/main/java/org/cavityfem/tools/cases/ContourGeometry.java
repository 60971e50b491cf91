package org.cavityfem.tools.cases;

import java.util.List;
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

    /** Start point of segment {@code i}: the start for the first, the previous end otherwise. */
    public Point startOf(int i) {
        return i == 0 ? start : segments.get(i - 1).to();
    }
}
