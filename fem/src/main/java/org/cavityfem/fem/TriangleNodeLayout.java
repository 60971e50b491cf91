package org.cavityfem.fem;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Node lattice of the order-p Lagrange triangle, shared by the mesher (which places the nodes) and
 * the solver (whose basis functions interpolate at them).
 *
 * <p>Reference triangle: v0 = (0, 0), v1 = (1, 0), v2 = (0, 1) in (ξ, η), barycentric coordinates
 * λ0 = 1 − ξ − η, λ1 = ξ, λ2 = η. Every node has integer barycentric indices (a0, a1, a2) with
 * a0 + a1 + a2 = p and sits at λi = ai / p. Local numbering: the three vertices, then the p − 1
 * inner nodes of edge 0 (v0→v1), edge 1 (v1→v2), edge 2 (v2→v0), each listed from the edge's
 * start vertex, then the interior nodes.
 */
public final class TriangleNodeLayout {

    /** Highest supported order. */
    public static final int MAX_ORDER = 8;

    private static final ConcurrentHashMap<Integer, TriangleNodeLayout> CACHE = new ConcurrentHashMap<>();

    /** Vertex pairs (start, end) of the three local edges. */
    private static final int[][] EDGE_VERTICES = {{0, 1}, {1, 2}, {2, 0}};

    private final int order;
    private final int[][] indices;

    private TriangleNodeLayout(int order) {
        this.order = order;
        int n = (order + 1) * (order + 2) / 2;
        indices = new int[n][];
        int k = 0;
        int p = order;
        indices[k++] = new int[] {p, 0, 0};
        indices[k++] = new int[] {0, p, 0};
        indices[k++] = new int[] {0, 0, p};
        for (int j = 1; j < p; j++) {
            indices[k++] = new int[] {p - j, j, 0};
        }
        for (int j = 1; j < p; j++) {
            indices[k++] = new int[] {0, p - j, j};
        }
        for (int j = 1; j < p; j++) {
            indices[k++] = new int[] {j, 0, p - j};
        }
        for (int a2 = 1; a2 <= p - 2; a2++) {
            for (int a1 = 1; a1 <= p - 1 - a2; a1++) {
                indices[k++] = new int[] {p - a1 - a2, a1, a2};
            }
        }
        if (k != n) {
            throw new IllegalStateException("node count " + k + " != " + n);
        }
    }

    /** Layout for order p, 1 <= p <= {@link #MAX_ORDER}. */
    public static TriangleNodeLayout of(int order) {
        if (order < 1 || order > MAX_ORDER) {
            throw new IllegalArgumentException("element order must be 1.." + MAX_ORDER + ", got " + order);
        }
        return CACHE.computeIfAbsent(order, TriangleNodeLayout::new);
    }

    /** Polynomial order p. */
    public int order() {
        return order;
    }

    /** Nodes per element, (p + 1)(p + 2)/2. */
    public int nodeCount() {
        return indices.length;
    }

    /** Integer barycentric indices (a0, a1, a2) of local node k; do not modify. */
    public int[] barycentricIndices(int k) {
        return indices[k];
    }

    /** Reference coordinate ξ = λ1 of local node k. */
    public double xi(int k) {
        return (double) indices[k][1] / order;
    }

    /** Reference coordinate η = λ2 of local node k. */
    public double eta(int k) {
        return (double) indices[k][2] / order;
    }

    /** Local vertex numbers (start, end) of local edge e in 0..2. */
    public static int[] edgeVertices(int edge) {
        return EDGE_VERTICES[edge].clone();
    }

    /**
     * Local node numbers along local edge e from its start vertex to its end vertex, both
     * vertices included (p + 1 nodes).
     */
    public int[] edgeNodes(int edge) {
        int p = order;
        int[] nodes = new int[p + 1];
        nodes[0] = EDGE_VERTICES[edge][0];
        for (int j = 1; j < p; j++) {
            nodes[j] = 3 + edge * (p - 1) + (j - 1);
        }
        nodes[p] = EDGE_VERTICES[edge][1];
        return nodes;
    }

    /** Number of interior (non-boundary) nodes, (p − 1)(p − 2)/2. */
    public int interiorCount() {
        return (order - 1) * (order - 2) / 2;
    }
}
