package org.cavityfem.mesh;

import java.util.List;
import org.cavityfem.mesh.geometry.Contour;

/**
 * A Lagrange triangle mesh of the meridian half-plane whose curved elements follow the exact wall
 * ({@link CurvedElementMap}). Element k owns the nodes
 * {@code elementNodes[k * n .. k * n + n - 1]} (n = {@link TriangleNodeLayout#nodeCount()}) in the
 * layout's local order; nodes on curved contour segments lie exactly on the curve.
 *
 * <p>Nodes {@code 0 .. vertexCount - 1} are the triangle vertices; the rest are edge and interior
 * nodes. Arrays are owned by the mesh: callers must not modify them.
 */
public final class Mesh {

    private final Contour contour;
    private final TriangleNodeLayout layout;
    private final double[] z;
    private final double[] r;
    private final int vertexCount;
    private final int[] elementNodes;
    private final List<BoundaryEdge> boundaryEdges;
    private final double minAngleDeg;

    /**
     * @param contour the contour the mesh fills
     * @param layout node layout (order)
     * @param z node axial coordinates (m)
     * @param r node radial coordinates (m)
     * @param vertexCount number of leading nodes that are triangle vertices
     * @param elementNodes element-to-node table, {@code layout.nodeCount()} entries per element
     * @param boundaryEdges element edges lying on the contour
     * @param minAngleDeg smallest interior angle of the straight-sided triangulation (degrees)
     */
    public Mesh(Contour contour, TriangleNodeLayout layout, double[] z, double[] r, int vertexCount,
            int[] elementNodes, List<BoundaryEdge> boundaryEdges, double minAngleDeg) {
        if (z.length != r.length) {
            throw new IllegalArgumentException("z and r differ in length");
        }
        if (elementNodes.length % layout.nodeCount() != 0) {
            throw new IllegalArgumentException("element table is not a multiple of " + layout.nodeCount());
        }
        this.contour = contour;
        this.layout = layout;
        this.z = z;
        this.r = r;
        this.vertexCount = vertexCount;
        this.elementNodes = elementNodes;
        this.boundaryEdges = List.copyOf(boundaryEdges);
        this.minAngleDeg = minAngleDeg;
    }

    /** The contour this mesh fills. */
    public Contour contour() {
        return contour;
    }

    /** Element node layout. */
    public TriangleNodeLayout layout() {
        return layout;
    }

    /** Polynomial order of the elements. */
    public int order() {
        return layout.order();
    }

    /** Number of nodes (including edge and interior nodes). */
    public int nodeCount() {
        return z.length;
    }

    /** Number of triangle vertices (the first nodes). */
    public int vertexCount() {
        return vertexCount;
    }

    /** Number of elements. */
    public int elementCount() {
        return elementNodes.length / layout.nodeCount();
    }

    /** Axial coordinate of node i (m). */
    public double z(int node) {
        return z[node];
    }

    /** Radial coordinate of node i (m). */
    public double r(int node) {
        return r[node];
    }

    /** Global node of local node k of element e. */
    public int node(int element, int local) {
        return elementNodes[element * layout.nodeCount() + local];
    }

    /** Node axial coordinates (m), shared: do not modify. */
    public double[] zArray() {
        return z;
    }

    /** Node radial coordinates (m), shared: do not modify. */
    public double[] rArray() {
        return r;
    }

    /** Element-to-node table, shared: do not modify. */
    public int[] elementNodeArray() {
        return elementNodes;
    }

    /** Element edges on the contour. */
    public List<BoundaryEdge> boundaryEdges() {
        return boundaryEdges;
    }

    /** Smallest angle of the straight-sided triangulation (degrees). */
    public double minAngleDeg() {
        return minAngleDeg;
    }
}
