package org.cavityfem.mesh;

import java.util.ArrayList;
import java.util.List;
import org.cavityfem.mesh.geometry.Line;

/**
 * The boundary edges of a mesh that follow curved walls, indexed by element: what
 * {@link CurvedElementMap#load} needs to give an element its exact shape. Most elements have none.
 * Immutable once built.
 */
public final class CurvedEdges {

    private final Mesh mesh;
    private final List<List<BoundaryEdge>> byElement;

    private CurvedEdges(Mesh mesh, List<List<BoundaryEdge>> byElement) {
        this.mesh = mesh;
        this.byElement = byElement;
    }

    /** Indexes the curved boundary edges of a mesh. */
    public static CurvedEdges of(Mesh mesh) {
        List<List<BoundaryEdge>> byElement = new ArrayList<>(mesh.elementCount());
        for (int e = 0; e < mesh.elementCount(); e++) {
            byElement.add(List.of());
        }
        for (BoundaryEdge edge : mesh.boundaryEdges()) {
            if (!(mesh.contour().segment(edge.segment()).shape() instanceof Line)) {
                List<BoundaryEdge> list = byElement.get(edge.element());
                if (list.isEmpty()) {
                    list = new ArrayList<>(3);
                    byElement.set(edge.element(), list);
                }
                list.add(edge);
            }
        }
        for (int e = 0; e < byElement.size(); e++) {
            if (!byElement.get(e).isEmpty()) {
                byElement.set(e, List.copyOf(byElement.get(e)));
            }
        }
        return new CurvedEdges(mesh, byElement);
    }

    /** The mesh indexed. */
    public Mesh mesh() {
        return mesh;
    }

    /** Curved boundary edges of an element (usually empty). */
    public List<BoundaryEdge> of(int element) {
        return byElement.get(element);
    }

    /** True when the element has an edge on a curved wall. */
    public boolean isCurved(int element) {
        return !byElement.get(element).isEmpty();
    }

    /** Loads the exact map of an element (affine when it has no curved edge) into {@code map}. */
    public void load(int element, CurvedElementMap map) {
        map.load(mesh, element, byElement.get(element));
    }
}
