package org.cavityfem.output.vtk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cavityfem.fem.TriangleNodeLayout;
import org.cavityfem.mesh.BoundaryEdge;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.geometry.BoundaryKind;

/**
 * The mesh nodes along each wall segment of the contour (every segment but the axis), in the
 * direction of the segment's parameter: vertices and high-order edge nodes, which lie on the exact
 * curve.
 */
final class WallChains {

    private WallChains() {
    }

    /**
     * One segment's nodes.
     *
     * @param segment contour segment index
     * @param nodes global mesh nodes in order along the segment
     */
    record Chain(int segment, int[] nodes) {
    }

    /** The chains of every non-axis segment that has mesh edges, in contour order. */
    static List<Chain> of(Mesh mesh) {
        int segments = mesh.contour().size();
        List<List<BoundaryEdge>> bySegment = new ArrayList<>();
        for (int s = 0; s < segments; s++) {
            bySegment.add(new ArrayList<>());
        }
        for (BoundaryEdge edge : mesh.boundaryEdges()) {
            bySegment.get(edge.segment()).add(edge);
        }
        TriangleNodeLayout layout = mesh.layout();
        int p = layout.order();
        List<Chain> chains = new ArrayList<>();
        for (int s = 0; s < segments; s++) {
            List<BoundaryEdge> edges = bySegment.get(s);
            if (edges.isEmpty() || mesh.contour().segment(s).kind() == BoundaryKind.AXIS) {
                continue;
            }
            edges.sort(Comparator.comparingDouble(e -> Math.min(e.tStart(), e.tEnd())));
            int[] nodes = new int[edges.size() * p + 1];
            int k = 0;
            for (BoundaryEdge edge : edges) {
                int[] local = layout.edgeNodes(edge.localEdge());
                boolean forward = edge.tStart() <= edge.tEnd();
                for (int j = k == 0 ? 0 : 1; j <= p; j++) {
                    int l = forward ? local[j] : local[p - j];
                    nodes[k++] = mesh.node(edge.element(), l);
                }
            }
            chains.add(new Chain(s, nodes));
        }
        return chains;
    }
}
