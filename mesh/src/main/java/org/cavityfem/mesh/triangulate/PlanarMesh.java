package org.cavityfem.mesh.triangulate;

/**
 * A straight-sided triangulation of the domain: vertices, counter-clockwise triangles, their
 * adjacency, and where the vertices and edges on the contour lie. Edge i of a triangle is the
 * edge opposite its vertex i. Arrays are shared, not copied: do not modify them.
 */
public final class PlanarMesh {

    private final double[] z;
    private final double[] r;
    private final int[] triangles;
    private final int[] neighbours;
    private final int[] edgeSegment;
    private final int[] vertexSegment;
    private final double[] tIn;
    private final double[] tOut;
    private final double minAngleDeg;

    PlanarMesh(double[] z, double[] r, int[] triangles, int[] neighbours, int[] edgeSegment, int[] vertexSegment,
            double[] tIn, double[] tOut, double minAngleDeg) {
        this.z = z;
        this.r = r;
        this.triangles = triangles;
        this.neighbours = neighbours;
        this.edgeSegment = edgeSegment;
        this.vertexSegment = vertexSegment;
        this.tIn = tIn;
        this.tOut = tOut;
        this.minAngleDeg = minAngleDeg;
    }

    /** Vertex axial coordinates (m). */
    public double[] z() {
        return z;
    }

    /** Vertex radial coordinates (m). */
    public double[] r() {
        return r;
    }

    public int vertexCount() {
        return z.length;
    }

    public int triangleCount() {
        return triangles.length / 3;
    }

    /** Vertices of triangle t at {@code 3t .. 3t + 2}, counter-clockwise in (z, r). */
    public int[] triangles() {
        return triangles;
    }

    /** Triangle across edge i of triangle t at {@code 3t + i}, or -1 when that edge is on the contour. */
    public int[] neighbours() {
        return neighbours;
    }

    /** Contour segment of edge i of triangle t at {@code 3t + i}, or -1 for an interior edge. */
    public int[] edgeSegment() {
        return edgeSegment;
    }

    /**
     * For a vertex on the contour, the segment of the contour edge leaving it (in contour order);
     * -1 for interior vertices.
     */
    public int[] vertexSegment() {
        return vertexSegment;
    }

    /** Parameter of a contour vertex on the segment of the contour edge arriving at it. */
    public double[] tIn() {
        return tIn;
    }

    /** Parameter of a contour vertex on the segment of the contour edge leaving it ({@link #vertexSegment()}). */
    public double[] tOut() {
        return tOut;
    }

    /** Smallest interior angle of all triangles (degrees). */
    public double minAngleDeg() {
        return minAngleDeg;
    }
}
