package org.cavityfem.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cavityfem.fem.TriangleNodeLayout;
import org.cavityfem.mesh.geometry.Point;
import org.cavityfem.mesh.geometry.Segment;

/** Structural checks every generated mesh must pass. */
final class MeshAssertions {

    private MeshAssertions() {
    }

    /** Smallest interior angle of the straight-sided triangles (degrees), recomputed from the nodes. */
    static double smallestAngleDeg(Mesh mesh) {
        double min = 180;
        for (int e = 0; e < mesh.elementCount(); e++) {
            for (int i = 0; i < 3; i++) {
                int a = mesh.node(e, i);
                int b = mesh.node(e, (i + 1) % 3);
                int c = mesh.node(e, (i + 2) % 3);
                double ux = mesh.z(b) - mesh.z(a);
                double uy = mesh.r(b) - mesh.r(a);
                double vx = mesh.z(c) - mesh.z(a);
                double vy = mesh.r(c) - mesh.r(a);
                min = Math.min(min, Math.toDegrees(Math.atan2(Math.abs(ux * vy - uy * vx), ux * vx + uy * vy)));
            }
        }
        return min;
    }

    static void trianglesAreCounterClockwise(Mesh mesh) {
        for (int e = 0; e < mesh.elementCount(); e++) {
            int a = mesh.node(e, 0);
            int b = mesh.node(e, 1);
            int c = mesh.node(e, 2);
            double cross = (mesh.z(b) - mesh.z(a)) * (mesh.r(c) - mesh.r(a))
                    - (mesh.r(b) - mesh.r(a)) * (mesh.z(c) - mesh.z(a));
            assertTrue(cross > 0, "element " + e + " is not counter-clockwise");
        }
    }

    /** Every node of a contour edge is the curve point at its share of the edge's parameter range. */
    static void wallNodesLieOnTheirCurves(Mesh mesh) {
        TriangleNodeLayout layout = mesh.layout();
        int p = mesh.order();
        double tol = 1e-14 * mesh.contour().boundingSize();
        for (BoundaryEdge edge : mesh.boundaryEdges()) {
            Segment shape = mesh.contour().segment(edge.segment()).shape();
            int[] local = layout.edgeNodes(edge.localEdge());
            for (int j = 0; j <= p; j++) {
                int node = mesh.node(edge.element(), local[j]);
                Point exact = shape.pointAt(edge.tStart() + (edge.tEnd() - edge.tStart()) * j / p);
                double miss = Math.hypot(mesh.z(node) - exact.z(), mesh.r(node) - exact.r());
                assertTrue(miss <= tol, "node " + node + " misses " + mesh.contour().segment(edge.segment()).name()
                        + " by " + miss + " m");
            }
        }
    }

    /** The contour edges of each segment tile its parameter range [0, 1] in order. */
    static void wallEdgesTileEverySegment(Mesh mesh) {
        Map<Integer, List<BoundaryEdge>> bySegment = new HashMap<>();
        for (BoundaryEdge edge : mesh.boundaryEdges()) {
            bySegment.computeIfAbsent(edge.segment(), s -> new ArrayList<>()).add(edge);
        }
        assertEquals(mesh.contour().size(), bySegment.size(), "every segment carries element edges");
        for (Map.Entry<Integer, List<BoundaryEdge>> entry : bySegment.entrySet()) {
            List<BoundaryEdge> edges = entry.getValue();
            edges.sort(Comparator.comparingDouble(BoundaryEdge::tStart));
            assertEquals(0.0, edges.get(0).tStart(), 0.0);
            assertEquals(1.0, edges.get(edges.size() - 1).tEnd(), 0.0);
            for (int i = 0; i < edges.size(); i++) {
                assertTrue(edges.get(i).tEnd() > edges.get(i).tStart(), "edges follow the contour direction");
                if (i > 0) {
                    assertEquals(edges.get(i - 1).tEnd(), edges.get(i).tStart(), 0.0);
                }
            }
        }
    }

    /**
     * Numbering and sharing: vertices first, then edge nodes, then interior nodes; every node used;
     * an interior edge's nodes are shared by exactly two elements, in opposite orders; a wall
     * edge's by one.
     */
    static void nodesAreNumberedAndShared(Mesh mesh) {
        TriangleNodeLayout layout = mesh.layout();
        int p = mesh.order();
        int nv = mesh.vertexCount();
        int[] uses = new int[mesh.nodeCount()];
        Map<Long, int[]> edgeNodes = new HashMap<>();
        Map<Long, Integer> edgeUses = new HashMap<>();
        int maxEdgeNode = nv - 1;
        int minInterior = Integer.MAX_VALUE;
        for (int e = 0; e < mesh.elementCount(); e++) {
            for (int k = 0; k < layout.nodeCount(); k++) {
                int node = mesh.node(e, k);
                uses[node]++;
                if (k < 3) {
                    assertTrue(node < nv, "vertex numbered among the first vertexCount nodes");
                } else if (k < 3 + 3 * (p - 1)) {
                    assertTrue(node >= nv, "edge node numbered after the vertices");
                    maxEdgeNode = Math.max(maxEdgeNode, node);
                } else {
                    minInterior = Math.min(minInterior, node);
                }
            }
            for (int edge = 0; edge < 3; edge++) {
                int[] local = layout.edgeNodes(edge);
                int a = mesh.node(e, local[0]);
                int b = mesh.node(e, local[p]);
                int[] inner = new int[p - 1];
                for (int j = 1; j < p; j++) {
                    inner[a < b ? j - 1 : p - 1 - j] = mesh.node(e, local[j]);
                }
                long key = (long) Math.min(a, b) * Integer.MAX_VALUE + Math.max(a, b);
                int[] seen = edgeNodes.putIfAbsent(key, inner);
                if (seen != null) {
                    assertTrue(java.util.Arrays.equals(seen, inner), "edge " + a + "-" + b + " nodes differ between elements");
                }
                edgeUses.merge(key, 1, Integer::sum);
            }
        }
        for (int n = 0; n < uses.length; n++) {
            assertTrue(uses[n] > 0, "node " + n + " is used by no element");
        }
        if (p >= 3) {
            assertTrue(minInterior > maxEdgeNode, "interior nodes numbered after the edge nodes");
        }
        int wallEdges = 0;
        for (int count : edgeUses.values()) {
            assertTrue(count == 1 || count == 2, "an edge belongs to one or two elements");
            wallEdges += count == 1 ? 1 : 0;
        }
        assertEquals(mesh.boundaryEdges().size(), wallEdges, "edges used once are exactly the wall edges");
        assertEquals(edgeUses.size() * (p - 1) + nv + mesh.elementCount() * layout.interiorCount(), mesh.nodeCount());
    }
}
