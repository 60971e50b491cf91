package org.cavityfem.mesh.triangulate;

import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.InvalidGeometryException;
import org.cavityfem.mesh.geometry.Point;
import org.cavityfem.mesh.geometry.Segment;

/**
 * Ruppert's Delaunay refinement with a size field: inside triangles that are too skinny (smallest
 * angle below the bound) or too large (circumradius above {@link #SIZE_RATIO}·h) get a vertex at
 * their circumcentre, unless that point encroaches upon a contour edge (lies in its diametral
 * circle); encroached contour edges are split first, at their parameter midpoint on the exact
 * curve (J. Ruppert, "A Delaunay refinement algorithm for quality 2-dimensional mesh generation",
 * J. Algorithms 18 (1995) 548-585; J. R. Shewchuk, "Delaunay refinement algorithms for triangular
 * mesh generation", Comput. Geom. 22 (2002) 21-74).
 */
final class DelaunayRefiner {

    /**
     * Circumradius over local size above which a triangle is split. Refinement leaves triangles
     * between about half and all of this bound; 0.68 puts the average edge near h.
     */
    static final double SIZE_RATIO = 0.68;

    private final Triangulation tri;
    private final BoundaryChain chain;
    private final SharpCorners corners;
    private final Contour contour;
    private final SizeField size;
    private final double sin2MinAngle;
    private final long maxVertices;
    private final IntQueue encroached = new IntQueue();
    /** Wall edges a rejected circumcentre encroaches upon: start and end vertex pairs, split unconditionally. */
    private final IntQueue rejectedBy = new IntQueue();
    private final IntQueue triangles = new IntQueue();

    DelaunayRefiner(Triangulation tri, BoundaryChain chain, SharpCorners corners, Contour contour, SizeField size,
            double minAngleDeg, long maxVertices) {
        this.tri = tri;
        this.chain = chain;
        this.corners = corners;
        this.contour = contour;
        this.size = size;
        double s = Math.sin(Math.toRadians(minAngleDeg));
        this.sin2MinAngle = s * s;
        this.maxVertices = maxVertices;
    }

    /** Nanoseconds between progress reports. */
    private static final long REPORT_INTERVAL = 1_000_000_000L;

    void refine() {
        refine((vertices, expected) -> { }, 0);
    }

    /** Refines, telling {@code progress} about once a second how many vertices there are. */
    void refine(QualityTriangulator.Progress progress, long expectedVertices) {
        long lastReport = System.nanoTime();
        // Checked at the first step too, so a thread interrupted before the refinement never starts it.
        int sinceCheck = 63;
        int v = chain.first;
        do {
            if (isEncroached(v)) {
                encroached.add(v);
            }
            v = chain.next[v];
        } while (v != chain.first);
        for (int t = 0; t < tri.triangleSlots; t++) {
            if (tri.inside[t] == 1) {
                triangles.add(t);
            }
        }
        while (true) {
            if (++sinceCheck == 64) {
                sinceCheck = 0;
                // A cancelled run (an interrupted thread: the warm server on Ctrl-C) stops here, once
                // per 64 refinement steps.
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("the meshing was cancelled");
                }
                long now = System.nanoTime();
                if (now - lastReport > REPORT_INTERVAL) {
                    lastReport = now;
                    progress.refining(tri.vertexCount - 3, expectedVertices);
                }
            }
            if (tri.vertexCount > maxVertices) {
                throw new InvalidGeometryException(String.format(Locale.ROOT,
                        "mesh refinement did not finish within %d vertices (the size field expected far fewer); "
                        + "check the contour for very sharp corners or nearly touching walls, or raise the element size",
                        maxVertices));
            }
            if (!rejectedBy.isEmpty()) {
                int start = rejectedBy.poll();
                int end = rejectedBy.poll();
                if (chain.next[start] == end) {
                    splitEdge(start);
                }
            } else if (!encroached.isEmpty()) {
                int start = encroached.poll();
                if (isEncroached(start)) {
                    splitEdge(start);
                }
            } else if (!triangles.isEmpty()) {
                int t = triangles.poll();
                if (tri.inside[t] == 1 && isBad(t)) {
                    splitTriangle(t);
                }
            } else {
                return;
            }
        }
    }

    /** True when the inside apex of the chain edge starting at v lies in the edge's diametral circle. */
    private boolean isEncroached(int v) {
        int w = chain.next[v];
        int e = tri.findEdge(v, w);
        int t = e / 3;
        int i = e % 3;
        if (tri.inside[t] == 0) {
            int u = tri.tn[e];
            i = tri.edgeTowards(u, t);
            t = u;
        }
        int apex = tri.tv[3 * t + i];
        return inDiametralCircle(v, w, tri.x[apex], tri.y[apex]);
    }

    private boolean inDiametralCircle(int a, int b, double px, double py) {
        double[] x = tri.x;
        double[] y = tri.y;
        return (px - x[a]) * (px - x[b]) + (py - y[a]) * (py - y[b]) < 0;
    }

    private boolean isBad(int t) {
        int a = tri.tv[3 * t];
        int b = tri.tv[3 * t + 1];
        int c = tri.tv[3 * t + 2];
        double[] x = tri.x;
        double[] y = tri.y;
        double la = sq(x[b] - x[c], y[b] - y[c]);
        double lb = sq(x[c] - x[a], y[c] - y[a]);
        double lc = sq(x[a] - x[b], y[a] - y[b]);
        double twiceArea = (x[b] - x[a]) * (y[c] - y[a]) - (y[b] - y[a]) * (x[c] - x[a]);
        double area2 = twiceArea * twiceArea;
        // sin(smallest angle) = 2·area / (product of the two longer edges).
        double shortest = Math.min(la, Math.min(lb, lc));
        double longerProduct = la * lb * lc / shortest;
        if (area2 < sin2MinAngle * longerProduct) {
            // A skinny triangle across a sharp corner is as good as the corner allows.
            int u = shortest == la ? b : shortest == lb ? c : a;
            int w = shortest == la ? c : shortest == lb ? a : b;
            if (!corners.sameShell(u, w, chain, x, y)) {
                return true;
            }
        }
        // Circumradius² = la·lb·lc / (4·(2·area)²).
        double h = SIZE_RATIO * size.at((x[a] + x[b] + x[c]) / 3, (y[a] + y[b] + y[c]) / 3);
        return la * lb * lc > 4 * area2 * h * h;
    }

    private static double sq(double dx, double dy) {
        return dx * dx + dy * dy;
    }

    private void splitTriangle(int t) {
        int a = tri.tv[3 * t];
        int b = tri.tv[3 * t + 1];
        int c = tri.tv[3 * t + 2];
        double[] x = tri.x;
        double[] y = tri.y;
        double bx = x[b] - x[a];
        double by = y[b] - y[a];
        double cx = x[c] - x[a];
        double cy = y[c] - y[a];
        double d = 2 * (bx * cy - by * cx);
        double b2 = bx * bx + by * by;
        double c2 = cx * cx + cy * cy;
        double px = x[a] + (cy * b2 - by * c2) / d;
        double py = y[a] + (bx * c2 - cx * b2) / d;
        int t0 = tri.locate(px, py, t);
        if (tri.crossedConstraint >= 0) {
            // The circumcentre lies beyond the wall: the crossed wall edge is encroached.
            queueEdge(tri.crossedConstraint);
            triangles.add(t);
            return;
        }
        if (!tri.findCavity(px, py, t0, -1, -1)) {
            // Only a circumcentre on top of an existing vertex gets here; the triangle is left as
            // it is, and the reported smallest angle shows it.
            return;
        }
        boolean rejected = false;
        for (int k = 0; k < tri.rimCount(); k++) {
            int e = tri.rimHalfEdge(k);
            if (tri.tseg[e] >= 0) {
                int p = tri.tv[e - e % 3 + (e % 3 + 1) % 3];
                int q = tri.tv[e - e % 3 + (e % 3 + 2) % 3];
                if (inDiametralCircle(p, q, px, py)) {
                    queueRejected(p, q);
                    rejected = true;
                }
            }
        }
        if (rejected) {
            triangles.add(t);
            return;
        }
        tri.commit(px, py, -1, -1, -1);
        queueCreated();
    }

    private void queueEdge(int halfEdge) {
        int base = halfEdge - halfEdge % 3;
        int i = halfEdge % 3;
        queueRejected(tri.tv[base + (i + 1) % 3], tri.tv[base + (i + 2) % 3]);
    }

    private void queueRejected(int p, int q) {
        int start = chain.edgeStart(p, q);
        rejectedBy.add(start);
        rejectedBy.add(start == p ? q : p);
    }

    /** Splits the chain edge starting at v at its parameter midpoint, on the curve. */
    private void splitEdge(int v) {
        int w = chain.next[v];
        int s = chain.segment[v];
        double t = splitParameter(v, w, s);
        Point p = contour.segment(s).shape().pointAt(t);
        int e = tri.findEdge(v, w);
        int t0 = tri.locate(p.z(), p.r(), e / 3);
        if (!tri.findCavity(p.z(), p.r(), t0, v, w)) {
            throw new InvalidGeometryException(String.format(Locale.ROOT,
                    "cannot place a wall vertex of %s at %s: the wall edge there has shrunk to rounding size or "
                    + "bends too much; check the contour for walls that nearly touch, or reduce maxArcAngle",
                    contour.segment(s).name(), p));
        }
        int m = tri.commit(p.z(), p.r(), v, w, s);
        chain.split(v, m, t);
        queueCreated();
    }

    /**
     * Parameter midpoint of the chain edge v → w, except next to a sharp corner, where the edge is
     * split at the power-of-two distance from the apex nearest to half its length.
     */
    private double splitParameter(int v, int w, int s) {
        double t0 = chain.tOut[v];
        double t1 = chain.tIn[w];
        boolean fromV = corners.isSharp(v, chain);
        if (!fromV && !corners.isSharp(w, chain)) {
            return 0.5 * (t0 + t1);
        }
        int apex = fromV ? v : w;
        Segment shape = contour.segment(s).shape();
        double length = Math.hypot(tri.x[w] - tri.x[v], tri.y[w] - tri.y[v]);
        double target = Math.pow(2, Math.rint(Math.log(0.5 * length) / Math.log(2)));
        // Distance from the apex grows monotonically along a wall leaving it: bisect on t.
        double near = fromV ? t0 : t1;
        double far = fromV ? t1 : t0;
        for (int iter = 0; iter < 200 && Math.abs(far - near) > 1e-15 * Math.max(1, Math.abs(far)); iter++) {
            double mid = 0.5 * (near + far);
            Point q = shape.pointAt(mid);
            if (Math.hypot(q.z() - tri.x[apex], q.r() - tri.y[apex]) < target) {
                near = mid;
            } else {
                far = mid;
            }
        }
        return 0.5 * (near + far);
    }

    /** Queues the new triangles and any wall edge a new vertex encroaches upon. */
    private void queueCreated() {
        for (int k = 0; k < tri.createdCount; k++) {
            int n = tri.created[k];
            if (tri.inside[n] == 0) {
                continue;
            }
            triangles.add(n);
            for (int i = 0; i < 3; i++) {
                if (tri.tseg[3 * n + i] >= 0) {
                    int apex = tri.tv[3 * n + i];
                    int p = tri.tv[3 * n + (i + 1) % 3];
                    int q = tri.tv[3 * n + (i + 2) % 3];
                    if (inDiametralCircle(p, q, tri.x[apex], tri.y[apex])) {
                        encroached.add(chain.edgeStart(p, q));
                    }
                }
            }
        }
    }
}
