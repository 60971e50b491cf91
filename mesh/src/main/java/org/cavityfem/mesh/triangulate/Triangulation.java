package org.cavityfem.mesh.triangulate;

import java.util.Arrays;

/**
 * A mutable triangulation of a large enclosing triangle, grown by Bowyer-Watson insertion, with
 * constrained edges (the discretised contour) that insertion does not cross.
 *
 * <p>Storage is primitive arrays. Triangle t has counter-clockwise vertices {@code tv[3t..3t+2]};
 * its edge i is the edge opposite vertex i, shared with triangle {@code tn[3t+i]}, and
 * {@code tseg[3t+i]} is the contour segment that edge lies on, or -1 for an unconstrained edge.
 * Vertices 0, 1, 2 are the corners of the enclosing triangle. Cavity triangle slots are reused in
 * a fixed order (an insertion replaces its cavity's c triangles by c + 2), so the same sequence of
 * insertions always gives the same arrays.
 */
final class Triangulation {

    double[] x;
    double[] y;
    int vertexCount;
    /** One triangle incident to each vertex. */
    int[] vtri;

    int[] tv;
    int[] tn;
    int[] tseg;
    /** 1 for triangles inside the contour, 0 outside. */
    byte[] inside;
    int triangleSlots;

    private int[] mark;
    private int stamp;

    /** Triangles of the current cavity. */
    private int[] cavity = new int[64];
    private int cavityCount;
    /** Cavity boundary: triangle and local edge. */
    private int[] rimTri = new int[64];
    private int[] rimEdge = new int[64];
    private int rimCount;
    private int[] startAt;
    private int[] endAt;
    /** Rim edges saved before their cavity slots are overwritten: ends, outer triangle and its edge, segment. */
    private int[] rimA = new int[64];
    private int[] rimB = new int[64];
    private int[] rimOuter = new int[64];
    private int[] rimOuterEdge = new int[64];
    private int[] rimSegment = new int[64];

    /** Triangles made by the last {@link #commit}. */
    int[] created = new int[64];
    int createdCount;
    /** First constrained edge (3t + i) the last {@link #locate} walked across, or -1. */
    int crossedConstraint;

    /**
     * @param zMin smallest z of the points to come (m)
     * @param rMin smallest r (m)
     * @param zMax largest z (m)
     * @param rMax largest r (m)
     * @param expectedVertices capacity hint
     */
    Triangulation(double zMin, double rMin, double zMax, double rMax, int expectedVertices) {
        int vcap = Math.max(16, expectedVertices + 3);
        x = new double[vcap];
        y = new double[vcap];
        vtri = new int[vcap];
        startAt = new int[vcap];
        endAt = new int[vcap];
        int tcap = 2 * vcap + 8;
        tv = new int[3 * tcap];
        tn = new int[3 * tcap];
        tseg = new int[3 * tcap];
        inside = new byte[tcap];
        mark = new int[tcap];
        // Far enough that the enclosing corners never come close to the domain's circumcircles.
        double cz = 0.5 * (zMin + zMax);
        double cr = 0.5 * (rMin + rMax);
        double span = 50 * Math.max(zMax - zMin, rMax - rMin);
        addVertex(cz - span, cr - span);
        addVertex(cz + span, cr - span);
        addVertex(cz, cr + span);
        triangleSlots = 1;
        tv[0] = 0;
        tv[1] = 1;
        tv[2] = 2;
        Arrays.fill(tn, 0, 3, -1);
        Arrays.fill(tseg, 0, 3, -1);
        vtri[0] = vtri[1] = vtri[2] = 0;
    }

    private int addVertex(double px, double py) {
        if (vertexCount == x.length) {
            int n = 2 * x.length;
            x = Arrays.copyOf(x, n);
            y = Arrays.copyOf(y, n);
            vtri = Arrays.copyOf(vtri, n);
            startAt = Arrays.copyOf(startAt, n);
            endAt = Arrays.copyOf(endAt, n);
        }
        x[vertexCount] = px;
        y[vertexCount] = py;
        return vertexCount++;
    }

    /**
     * Walks from triangle {@code start} to the triangle containing (px, py) (on its boundary
     * counts), recording in {@link #crossedConstraint} the first constrained edge crossed.
     */
    int locate(double px, double py, int start) {
        crossedConstraint = -1;
        int t = start;
        int came = -1;
        long limit = 4L * triangleSlots + 64;
        for (long step = 0; step < limit; step++) {
            int base = 3 * t;
            int next = -1;
            for (int k = 0; k < 3; k++) {
                int i = (int) ((k + step) % 3);
                if (i == came) {
                    continue;
                }
                int a = tv[base + (i + 1) % 3];
                int b = tv[base + (i + 2) % 3];
                if (Predicates.orient(x[a], y[a], x[b], y[b], px, py) < 0) {
                    next = i;
                    break;
                }
            }
            if (next < 0) {
                return t;
            }
            if (crossedConstraint < 0 && tseg[base + next] >= 0) {
                crossedConstraint = base + next;
            }
            int u = tn[base + next];
            if (u < 0) {
                throw new IllegalStateException("point (" + px + ", " + py + ") lies outside the enclosing triangle");
            }
            came = edgeTowards(u, t);
            t = u;
        }
        return locateByScan(px, py);
    }

    /** Fallback for a walk that cycles; a linear scan always succeeds. */
    private int locateByScan(double px, double py) {
        for (int t = 0; t < triangleSlots; t++) {
            if (contains(t, px, py)) {
                return t;
            }
        }
        throw new IllegalStateException("no triangle contains (" + px + ", " + py + ")");
    }

    private boolean contains(int t, double px, double py) {
        for (int i = 0; i < 3; i++) {
            int a = tv[3 * t + (i + 1) % 3];
            int b = tv[3 * t + (i + 2) % 3];
            if (Predicates.orient(x[a], y[a], x[b], y[b], px, py) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Local edge of u whose neighbour is t. */
    int edgeTowards(int u, int t) {
        int base = 3 * u;
        if (tn[base] == t) {
            return 0;
        }
        return tn[base + 1] == t ? 1 : 2;
    }

    /**
     * Finds the Bowyer-Watson cavity of (px, py): the triangles connected to {@code t0} whose
     * circumcircle strictly contains the point, not crossing constrained edges other than the edge
     * (splitA, splitB) being split (pass -1, -1 when not splitting).
     *
     * <p>Co-circular configurations are common (equally spaced wall vertices, right angles), and
     * deciding them exactly is slow. The cavity is first grown with floating-point in-circle tests,
     * counting undecided triangles as outside; any such cavity is acceptable if it is a disc that
     * the point sees from inside (all rim edges turn counter-clockwise around it), because then the
     * new fan of triangles is valid. Only when that check fails is the cavity grown again with exact
     * tests.
     *
     * @return false when even the exact cavity is not star-shaped from the point (the point must
     *     not be inserted)
     */
    boolean findCavity(double px, double py, int t0, int splitA, int splitB) {
        return growCavity(px, py, t0, splitA, splitB, false) || growCavity(px, py, t0, splitA, splitB, true);
    }

    private boolean growCavity(double px, double py, int t0, int splitA, int splitB, boolean exact) {
        stamp++;
        cavityCount = 0;
        rimCount = 0;
        pushCavity(t0);
        for (int c = 0; c < cavityCount; c++) {
            int t = cavity[c];
            for (int i = 0; i < 3; i++) {
                int e = 3 * t + i;
                int u = tn[e];
                if (u >= 0 && mark[u] == stamp) {
                    continue;
                }
                boolean blocked = tseg[e] >= 0 && !isEdge(t, i, splitA, splitB);
                if (!blocked && u >= 0 && inCircle(u, px, py, exact) > 0) {
                    pushCavity(u);
                } else {
                    pushRim(t, i);
                }
            }
        }
        if (rimCount != cavityCount + 2) {
            return false;
        }
        boolean seesA = splitA < 0;
        boolean seesB = splitB < 0;
        for (int k = 0; k < rimCount; k++) {
            int base = 3 * rimTri[k];
            int a = tv[base + (rimEdge[k] + 1) % 3];
            int b = tv[base + (rimEdge[k] + 2) % 3];
            if (!(Predicates.orient(x[a], y[a], x[b], y[b], px, py) > 0)) {
                return false;
            }
            seesA |= a == splitA;
            seesB |= a == splitB;
        }
        return seesA && seesB;
    }

    private boolean isEdge(int t, int i, int a, int b) {
        int p = tv[3 * t + (i + 1) % 3];
        int q = tv[3 * t + (i + 2) % 3];
        return (p == a && q == b) || (p == b && q == a);
    }

    private void pushCavity(int t) {
        if (cavityCount == cavity.length) {
            cavity = Arrays.copyOf(cavity, 2 * cavityCount);
        }
        mark[t] = stamp;
        cavity[cavityCount++] = t;
    }

    private void pushRim(int t, int i) {
        if (rimCount == rimTri.length) {
            rimTri = Arrays.copyOf(rimTri, 2 * rimCount);
            rimEdge = Arrays.copyOf(rimEdge, 2 * rimCount);
        }
        rimTri[rimCount] = t;
        rimEdge[rimCount++] = i;
    }

    private double inCircle(int t, double px, double py, boolean exact) {
        int a = tv[3 * t];
        int b = tv[3 * t + 1];
        int c = tv[3 * t + 2];
        return Predicates.inCircle(x[a], y[a], x[b], y[b], x[c], y[c], px, py, exact);
    }

    /** Number of constrained edges on the rim of the last cavity. */
    int rimCount() {
        return rimCount;
    }

    /** Half-edge code 3t + i of rim edge k of the last cavity. */
    int rimHalfEdge(int k) {
        return 3 * rimTri[k] + rimEdge[k];
    }

    /**
     * Inserts (px, py) into the cavity found by the last {@link #findCavity}. When splitting the
     * constrained edge (from, to) (contour order, domain on its left), the two halves become
     * constrained edges of segment {@code splitSegment} and the new triangles are classified
     * inside or outside by the side of the contour they lie on; otherwise they keep the region of
     * the cavity.
     *
     * @return the new vertex
     */
    int commit(double px, double py, int from, int to, int splitSegment) {
        int v = addVertex(px, py);
        boolean split = from >= 0;
        byte region = inside[cavity[0]];
        int n = rimCount;
        ensureScratch(n);
        int[] ea = rimA;
        int[] eb = rimB;
        int[] eu = rimOuter;
        int[] eue = rimOuterEdge;
        int[] es = rimSegment;
        for (int k = 0; k < n; k++) {
            int t = rimTri[k];
            int i = rimEdge[k];
            ea[k] = tv[3 * t + (i + 1) % 3];
            eb[k] = tv[3 * t + (i + 2) % 3];
            eu[k] = tn[3 * t + i];
            eue[k] = eu[k] >= 0 ? edgeTowards(eu[k], t) : -1;
            es[k] = tseg[3 * t + i];
            if (split && ((ea[k] == from && eb[k] == to) || (ea[k] == to && eb[k] == from))) {
                es[k] = -1;
                if (eu[k] >= 0) {
                    tseg[3 * eu[k] + eue[k]] = -1;
                }
            }
        }
        createdCount = 0;
        for (int k = 0; k < n; k++) {
            int slot = k < cavityCount ? cavity[k] : newSlot();
            created[createdCount++] = slot;
            int base = 3 * slot;
            tv[base] = ea[k];
            tv[base + 1] = eb[k];
            tv[base + 2] = v;
            tn[base + 2] = eu[k];
            tseg[base + 2] = es[k];
            if (eu[k] >= 0) {
                tn[3 * eu[k] + eue[k]] = slot;
            }
            tseg[base] = split && (eb[k] == from || eb[k] == to) ? splitSegment : -1;
            tseg[base + 1] = split && (ea[k] == from || ea[k] == to) ? splitSegment : -1;
            startAt[ea[k]] = slot;
            endAt[eb[k]] = slot;
            inside[slot] = region;
            vtri[ea[k]] = slot;
        }
        for (int k = 0; k < n; k++) {
            int slot = created[k];
            tn[3 * slot] = startAt[eb[k]];
            tn[3 * slot + 1] = endAt[ea[k]];
        }
        vtri[v] = created[0];
        if (split) {
            for (int k = 0; k < n; k++) {
                inside[created[k]] = 0;
            }
            // Inside is the fan of new triangles turning counter-clockwise about v from 'to' to 'from'.
            int t = startAt[to];
            for (int guard = 0; guard < n; guard++) {
                inside[t] = 1;
                int b = tv[3 * t + 1];
                if (b == from) {
                    break;
                }
                t = startAt[b];
            }
        }
        return v;
    }

    private void ensureScratch(int n) {
        if (created.length < n) {
            int cap = Math.max(n, 2 * created.length);
            created = new int[cap];
            rimA = new int[cap];
            rimB = new int[cap];
            rimOuter = new int[cap];
            rimOuterEdge = new int[cap];
            rimSegment = new int[cap];
        }
    }

    private int newSlot() {
        if (triangleSlots == inside.length) {
            int cap = 2 * inside.length;
            tv = Arrays.copyOf(tv, 3 * cap);
            tn = Arrays.copyOf(tn, 3 * cap);
            tseg = Arrays.copyOf(tseg, 3 * cap);
            inside = Arrays.copyOf(inside, cap);
            mark = Arrays.copyOf(mark, cap);
        }
        return triangleSlots++;
    }

    /**
     * Half-edge code 3t + i of an edge from a to b (either direction) seen from a triangle that
     * has a as a vertex, or -1 when a and b are not joined.
     */
    int findEdge(int a, int b) {
        int t = vtri[a];
        int start = t;
        do {
            int base = 3 * t;
            int j = tv[base] == a ? 0 : tv[base + 1] == a ? 1 : 2;
            int b1 = tv[base + (j + 1) % 3];
            int b2 = tv[base + (j + 2) % 3];
            if (b1 == b) {
                return base + (j + 2) % 3;
            }
            if (b2 == b) {
                return base + (j + 1) % 3;
            }
            t = tn[base + (j + 2) % 3];
        } while (t >= 0 && t != start);
        return -1;
    }

    /** Marks every triangle reachable from the enclosing corners without crossing a constraint as outside. */
    void classifyRegions() {
        for (int t = 0; t < triangleSlots; t++) {
            inside[t] = 1;
        }
        int[] queue = new int[triangleSlots];
        int head = 0;
        int tail = 0;
        queue[tail++] = vtri[0];
        inside[vtri[0]] = 0;
        while (head < tail) {
            int t = queue[head++];
            for (int i = 0; i < 3; i++) {
                int u = tn[3 * t + i];
                if (u >= 0 && tseg[3 * t + i] < 0 && inside[u] == 1) {
                    inside[u] = 0;
                    queue[tail++] = u;
                }
            }
        }
    }
}
