package org.cavityfem.fem;

/**
 * A local edge of an element that follows a curve rather than the straight chord between its
 * vertices.
 *
 * @param localEdge local edge 0..2, from vertex e to vertex e + 1 (see {@link TriangleNodeLayout})
 * @param curve the curve it follows
 * @param tStart curve parameter at the edge's start vertex
 * @param tEnd curve parameter at the edge's end vertex
 */
public record CurvedEdge(int localEdge, EdgeCurve curve, double tStart, double tEnd) {

    public CurvedEdge {
        if (localEdge < 0 || localEdge > 2) {
            throw new IllegalArgumentException("local edge must be 0..2, got " + localEdge);
        }
    }
}
