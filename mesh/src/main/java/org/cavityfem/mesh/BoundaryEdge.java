package org.cavityfem.mesh;

import org.cavityfem.fem.TriangleNodeLayout;

/**
 * An element edge lying on the contour.
 *
 * @param element element number
 * @param localEdge local edge 0..2 (see {@link TriangleNodeLayout})
 * @param segment index of the contour segment it lies on
 * @param tStart segment parameter of the edge's start vertex (local edge direction)
 * @param tEnd segment parameter of the edge's end vertex
 */
public record BoundaryEdge(int element, int localEdge, int segment, double tStart, double tEnd) {
}
