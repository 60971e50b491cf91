package org.cavityfem.mesh.triangulate;

import java.util.Arrays;

/**
 * The discretised contour as a cycle of triangulation vertices in contour order (domain on the
 * left), with each vertex's place on its segment.
 *
 * <p>The edge from vertex v to {@code next[v]} lies on segment {@code segment[v]} and runs from
 * parameter {@code tOut[v]} to {@code tIn[next[v]]}. The two parameters differ only at corners,
 * where a vertex ends one segment (t = 1) and starts the next (t = 0). Vertices off the contour
 * have segment -1.
 */
final class BoundaryChain {

    int[] next;
    int[] segment;
    double[] tOut;
    double[] tIn;
    /** A vertex of the chain (the start of segment 0). */
    int first = -1;

    BoundaryChain(int capacity) {
        next = new int[capacity];
        segment = new int[capacity];
        tOut = new double[capacity];
        tIn = new double[capacity];
        Arrays.fill(segment, -1);
    }

    /** Records vertex v (a triangulation vertex id) as lying on segment s at the given parameters. */
    void place(int v, int s, double in, double out) {
        if (v >= next.length) {
            int n = Math.max(v + 1, 2 * next.length);
            int old = next.length;
            next = Arrays.copyOf(next, n);
            segment = Arrays.copyOf(segment, n);
            tOut = Arrays.copyOf(tOut, n);
            tIn = Arrays.copyOf(tIn, n);
            Arrays.fill(segment, old, n, -1);
        }
        segment[v] = s;
        tIn[v] = in;
        tOut[v] = out;
    }

    boolean onContour(int v) {
        return v < segment.length && segment[v] >= 0;
    }

    /** The end of the two that starts the chain edge between a and b. */
    int edgeStart(int a, int b) {
        return next[a] == b ? a : b;
    }

    /** Parameter, on the segment of the chain edge starting at v, of the midpoint of that edge. */
    double midParameter(int v) {
        return 0.5 * (tOut[v] + tIn[next[v]]);
    }

    /** Inserts vertex m, at parameter t of the same segment, between v and next[v]. */
    void split(int v, int m, double t) {
        place(m, segment[v], t, t);
        next[m] = next[v];
        next[v] = m;
    }
}
