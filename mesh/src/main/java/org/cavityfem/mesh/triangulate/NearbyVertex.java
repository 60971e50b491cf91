package org.cavityfem.mesh.triangulate;

/**
 * Starting triangles for point location while the wall vertices go in: a grid over the enclosing
 * box remembers the last vertex inserted in each cell, and a point starts its walk at a triangle of
 * a vertex in its own cell or the ring around it. Walking from the previous (random) vertex instead
 * crosses the fans of long triangles that join the wall vertices across the domain, O(n) of them
 * per point for n vertices on a curve, which made many-segment contours quadratic.
 *
 * <p>Used only from {@value #MIN_POINTS} wall vertices on: below that the walks are short, and the
 * triangle a walk ends in for a point on an edge (either of two) decides the slot order of the
 * triangulation, so smaller contours keep exactly the meshes they had.
 */
final class NearbyVertex {

    /** Wall vertices from which the grid is used. */
    static final int MIN_POINTS = 4096;

    private final Triangulation tri;
    private final double z0;
    private final double r0;
    private final double cell;
    private final int nz;
    private final int nr;
    private final int[] last;

    /**
     * @param points vertices to come: the grid has about one cell per point over the wall's box
     */
    NearbyVertex(Triangulation tri, int points) {
        this.tri = tri;
        // The enclosing triangle's vertices 0..2 lie 50 box sizes out; its centre is the box centre.
        double span = (tri.x[1] - tri.x[0]) / 100;
        double cz = 0.5 * (tri.x[0] + tri.x[1]);
        double cr = tri.y[2] - 50 * span;
        this.z0 = cz - 0.5 * span;
        this.r0 = cr - 0.5 * span;
        int side = (int) Math.max(1, Math.min(4096, Math.sqrt(points)));
        this.cell = span / side;
        this.nz = side + 1;
        this.nr = side + 1;
        this.last = new int[nz * nr];
        java.util.Arrays.fill(last, -1);
    }

    /** Records a vertex just inserted. */
    void add(int v) {
        last[cellOf(tri.x[v], tri.y[v])] = v;
    }

    /** A triangle of a vertex inserted near (z, r), or {@code fallback} when none is near. */
    int triangleNear(double z, double r, int fallback) {
        int k = cellOf(z, r);
        int iz = k % nz;
        int ir = k / nz;
        for (int ring = 0; ring <= 2; ring++) {
            for (int jr = Math.max(0, ir - ring); jr <= Math.min(nr - 1, ir + ring); jr++) {
                for (int jz = Math.max(0, iz - ring); jz <= Math.min(nz - 1, iz + ring); jz++) {
                    int v = last[jr * nz + jz];
                    if (v >= 0) {
                        return tri.vtri[v];
                    }
                }
            }
        }
        return fallback;
    }

    private int cellOf(double z, double r) {
        int iz = Math.max(0, Math.min(nz - 1, (int) ((z - z0) / cell)));
        int ir = Math.max(0, Math.min(nr - 1, (int) ((r - r0) / cell)));
        return ir * nz + iz;
    }
}
