package org.cavityfem.mesh.triangulate;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.InvalidGeometryException;
import org.cavityfem.mesh.geometry.Point;
import org.cavityfem.mesh.geometry.Segment;

/**
 * Quality triangulation of the domain a contour encloses, graded by a {@link SizeField}: the
 * contour is divided following the size field, its vertices are triangulated (Delaunay), contour
 * edges missing from the triangulation are split on the curve until all are present, and
 * {@link DelaunayRefiner} then enforces the angle and size bounds. Every contour vertex lies on
 * its curve at a known parameter. The result depends only on the input.
 */
public final class QualityTriangulator {

    /** Fixed seed of the wall insertion order: the same input always gives the same mesh. */
    private static final long SHUFFLE_SEED = 0x5eed_ca71L;

    private QualityTriangulator() {
    }

    /**
     * Triangulates the domain.
     *
     * @param minAngleDeg smallest interior angle to reach (degrees), at most about 33
     * @param maxArcAngle largest arc angle per contour edge on curved segments (rad)
     * @param maxVertices refinement gives up with an {@link InvalidGeometryException} beyond this many vertices
     */
    public static PlanarMesh triangulate(Contour contour, SizeField size, double minAngleDeg, double maxArcAngle,
            long maxVertices) {
        return triangulate(contour, size, minAngleDeg, maxArcAngle, maxVertices, (vertices, expected) -> { });
    }

    /** Hears how far the refinement has come, about once a second. */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param vertices vertices so far
         * @param expected vertices the size field predicts
         */
        void refining(long vertices, long expected);
    }

    /**
     * Triangulates the domain, telling {@code progress} about once a second how far the refinement
     * has come.
     *
     * @param minAngleDeg smallest interior angle to reach (degrees), at most about 33
     * @param maxArcAngle largest arc angle per contour edge on curved segments (rad)
     * @param maxVertices refinement gives up with an {@link InvalidGeometryException} beyond this many vertices
     */
    public static PlanarMesh triangulate(Contour contour, SizeField size, double minAngleDeg, double maxArcAngle,
            long maxVertices, Progress progress) {
        double[][] params = WallDivision.divide(contour, size, maxArcAngle);
        int wallVertices = 0;
        for (double[] t : params) {
            wallVertices += t.length;
        }
        double[] box = boundingBox(contour);
        int expected = (int) Math.min(Integer.MAX_VALUE / 4, size.expectedTriangles() / 2 + wallVertices + 16);
        Triangulation tri = new Triangulation(box[0], box[1], box[2], box[3], expected);
        BoundaryChain chain = new BoundaryChain(wallVertices + 3);
        SharpCorners corners = new SharpCorners(contour);
        insertWall(contour, params, tri, chain, corners);
        recoverWall(contour, tri, chain);
        constrainWall(tri, chain);
        tri.classifyRegions();
        new DelaunayRefiner(tri, chain, corners, contour, size, minAngleDeg, maxVertices)
                .refine(progress, (long) (size.expectedTriangles() / 2));
        return extract(tri, chain);
    }

    private static double[] boundingBox(Contour contour) {
        double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (var s : contour.segments()) {
            for (int k = 0; k <= 64; k++) {
                Point p = s.shape().pointAt(k / 64.0);
                box[0] = Math.min(box[0], p.z());
                box[1] = Math.min(box[1], p.r());
                box[2] = Math.max(box[2], p.z());
                box[3] = Math.max(box[3], p.r());
            }
        }
        return box;
    }

    /**
     * Inserts the wall vertices and links them into the chain. Inserting them in contour order
     * would be quadratic (each vertex along a straight wall conflicts with every triangle fanning
     * out from the previous ones), so they go in a scrambled order fixed by a constant seed.
     */
    private static void insertWall(Contour contour, double[][] params, Triangulation tri, BoundaryChain chain,
            SharpCorners corners) {
        int n = 0;
        for (double[] t : params) {
            n += t.length;
        }
        int[] segmentOf = new int[n];
        int[] indexOf = new int[n];
        int k = 0;
        for (int s = 0; s < params.length; s++) {
            for (int i = 0; i < params[s].length; i++) {
                segmentOf[k] = s;
                indexOf[k++] = i;
            }
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(SHUFFLE_SEED);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int[] vertex = new int[n];
        int hint = 0;
        NearbyVertex nearby = n >= NearbyVertex.MIN_POINTS ? new NearbyVertex(tri, n) : null;
        for (int position : order) {
            int s = segmentOf[position];
            double t = params[s][indexOf[position]];
            Point p = contour.segment(s).shape().pointAt(t);
            if (nearby != null) {
                hint = nearby.triangleNear(p.z(), p.r(), hint);
            }
            int v = insert(tri, p, hint, contour.segment(s).name());
            hint = tri.vtri[v];
            if (nearby != null) {
                nearby.add(v);
            }
            chain.place(v, s, indexOf[position] == 0 ? 1.0 : t, t);
            if (indexOf[position] == 0) {
                corners.setVertex(s, v);
            }
            vertex[position] = v;
        }
        for (int i = 0; i < n; i++) {
            chain.next[vertex[i]] = vertex[(i + 1) % n];
        }
        chain.first = vertex[0];
    }

    private static int insert(Triangulation tri, Point p, int hint, String where) {
        int t0 = tri.locate(p.z(), p.r(), hint);
        if (!tri.findCavity(p.z(), p.r(), t0, -1, -1)) {
            throw new InvalidGeometryException(String.format(Locale.ROOT,
                    "two wall vertices coincide at %s on %s: the contour touches itself there", p, where));
        }
        return tri.commit(p.z(), p.r(), -1, -1, -1);
    }

    /** Splits contour edges on the curve until every one is an edge of the Delaunay triangulation. */
    private static void recoverWall(Contour contour, Triangulation tri, BoundaryChain chain) {
        boolean changed = true;
        int passes = 0;
        while (changed) {
            if (++passes > 64) {
                throw new InvalidGeometryException("the wall cannot be triangulated: contour edges keep crossing; "
                        + "two walls are too close for the element size, reduce it");
            }
            changed = false;
            int v = chain.first;
            do {
                int w = chain.next[v];
                if (tri.findEdge(v, w) < 0) {
                    int s = chain.segment[v];
                    double t = chain.midParameter(v);
                    Point p = contour.segment(s).shape().pointAt(t);
                    int m = insert(tri, p, tri.vtri[v], contour.segment(s).name());
                    chain.split(v, m, t);
                    changed = true;
                } else {
                    v = w;
                }
            } while (v != chain.first);
        }
    }

    private static void constrainWall(Triangulation tri, BoundaryChain chain) {
        int v = chain.first;
        do {
            int w = chain.next[v];
            int e = tri.findEdge(v, w);
            int t = e / 3;
            int u = tri.tn[e];
            tri.tseg[e] = chain.segment[v];
            tri.tseg[3 * u + tri.edgeTowards(u, t)] = chain.segment[v];
            v = w;
        } while (v != chain.first);
    }

    /** Copies the inside triangles out, renumbering vertices without the enclosing corners. */
    private static PlanarMesh extract(Triangulation tri, BoundaryChain chain) {
        int nv = tri.vertexCount - 3;
        double[] z = Arrays.copyOfRange(tri.x, 3, tri.vertexCount);
        double[] r = Arrays.copyOfRange(tri.y, 3, tri.vertexCount);
        int[] index = new int[tri.triangleSlots];
        int nt = 0;
        for (int t = 0; t < tri.triangleSlots; t++) {
            index[t] = tri.inside[t] == 1 ? nt++ : -1;
        }
        int[] triangles = new int[3 * nt];
        int[] neighbours = new int[3 * nt];
        int[] edgeSegment = new int[3 * nt];
        double minAngle = 180;
        for (int t = 0; t < tri.triangleSlots; t++) {
            int k = index[t];
            if (k < 0) {
                continue;
            }
            for (int i = 0; i < 3; i++) {
                triangles[3 * k + i] = tri.tv[3 * t + i] - 3;
                int u = tri.tn[3 * t + i];
                neighbours[3 * k + i] = u >= 0 ? index[u] : -1;
                edgeSegment[3 * k + i] = tri.tseg[3 * t + i];
            }
            minAngle = Math.min(minAngle, smallestAngleDeg(z, r, triangles, k));
        }
        int[] vertexSegment = new int[nv];
        double[] tIn = new double[nv];
        double[] tOut = new double[nv];
        for (int v = 0; v < nv; v++) {
            boolean wall = chain.onContour(v + 3);
            vertexSegment[v] = wall ? chain.segment[v + 3] : -1;
            tIn[v] = wall ? chain.tIn[v + 3] : Double.NaN;
            tOut[v] = wall ? chain.tOut[v + 3] : Double.NaN;
        }
        return new PlanarMesh(z, r, triangles, neighbours, edgeSegment, vertexSegment, tIn, tOut, minAngle);
    }

    static double smallestAngleDeg(double[] z, double[] r, int[] triangles, int t) {
        double min = 180;
        for (int i = 0; i < 3; i++) {
            int a = triangles[3 * t + i];
            int b = triangles[3 * t + (i + 1) % 3];
            int c = triangles[3 * t + (i + 2) % 3];
            double ux = z[b] - z[a];
            double uy = r[b] - r[a];
            double vx = z[c] - z[a];
            double vy = r[c] - r[a];
            double angle = Math.atan2(Math.abs(ux * vy - uy * vx), ux * vx + uy * vy);
            min = Math.min(min, Math.toDegrees(angle));
        }
        return min;
    }
}
