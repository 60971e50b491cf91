package org.cavityfem.mesh.geometry;

/**
 * One piece of a wall contour with its boundary kind.
 *
 * @param shape the curve
 * @param kind boundary condition on it
 * @param name where the segment came from, for messages and wall tables (e.g. {@code "segments[2]"})
 */
public record ContourSegment(Segment shape, BoundaryKind kind, String name) {

    public ContourSegment {
        java.util.Objects.requireNonNull(shape, "shape");
        java.util.Objects.requireNonNull(kind, "kind");
        java.util.Objects.requireNonNull(name, "name");
    }

    /** The same segment run the other way. */
    public ContourSegment reversed() {
        return new ContourSegment(shape.reversed(), kind, name);
    }
}
