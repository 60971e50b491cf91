package org.cavityfem.mesh;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cavityfem.fem.CurvedEdge;
import org.cavityfem.fem.ElementMap;
import org.cavityfem.fem.LagrangeTriangle;
import org.cavityfem.fem.TriangleNodeLayout;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.Line;
import org.cavityfem.mesh.geometry.Segment;

/**
 * A Lagrange triangle mesh of the meridian half-plane whose curved elements follow the exact wall
 * ({@link #elementMap}). Element k owns the nodes
 * {@code elementNodes[k * n .. k * n + n - 1]} (n = {@link TriangleNodeLayout#nodeCount()}) in the
 * layout's local order; nodes on curved contour segments lie exactly on the curve.
 *
 * <p>Nodes {@code 0 .. vertexCount - 1} are the triangle vertices; the rest are edge and interior
 * nodes. Arrays are owned by the mesh: callers must not modify them.
 *
 * <p>Immutable, so safe to share between threads: the element maps it hands out are immutable too.
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
    /** Curved boundary edges of each element, null for the (many) elements without one. */
    private final List<CurvedEdge>[] curvedEdges;
    private final LagrangeTriangle basis;
    /**
     * The exact element maps, built on first use and kept: the analysis and the plots ask for the
     * same element's map thousands of times (every located point, every wall sample). A race between
     * threads builds the same immutable map twice, harmlessly; final fields publish it safely.
     */
    private final ElementMap[] exactMaps;

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
        this.curvedEdges = indexCurvedEdges();
        this.basis = LagrangeTriangle.of(layout.order());
        this.exactMaps = new ElementMap[elementCount()];
    }

    /**
     * Indexes the boundary edges on curved segments by element, once, so that building an element's
     * map does not search the boundary.
     */
    private List<CurvedEdge>[] indexCurvedEdges() {
        @SuppressWarnings("unchecked")
        List<CurvedEdge>[] byElement = new List[elementCount()];
        for (BoundaryEdge edge : boundaryEdges) {
            Segment shape = contour.segment(edge.segment()).shape();
            if (!(shape instanceof Line)) {
                if (byElement[edge.element()] == null) {
                    byElement[edge.element()] = new ArrayList<>(3);
                }
                byElement[edge.element()].add(new CurvedEdge(edge.localEdge(), shape, edge.tStart(), edge.tEnd()));
            }
        }
        for (int e = 0; e < byElement.length; e++) {
            if (byElement[e] != null) {
                byElement[e] = List.copyOf(byElement[e]);
            }
        }
        return byElement;
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

    /** True when element e has an edge on a curved wall. */
    public boolean isCurved(int element) {
        return curvedEdges[element] != null;
    }

    /** The curved wall edges of element e, in the order of {@link #boundaryEdges()} (usually none). */
    public List<CurvedEdge> curvedEdges(int element) {
        List<CurvedEdge> list = curvedEdges[element];
        return list == null ? List.of() : list;
    }

    /**
     * The order-1 mesh of the same triangulation: the vertices, the same elements, boundary edges
     * and exact element maps (those depend on the vertices and the contour only). A function linear
     * in an element's reference coordinates is also a polynomial of order p in them, so its space is
     * a subspace of this mesh's. This mesh itself when its order is 1.
     */
    public Mesh vertexMesh() {
        if (layout.order() == 1) {
            return this;
        }
        int[] corners = new int[3 * elementCount()];
        for (int e = 0; e < elementCount(); e++) {
            for (int v = 0; v < 3; v++) {
                corners[3 * e + v] = node(e, v);
            }
        }
        return new Mesh(contour, TriangleNodeLayout.of(1), Arrays.copyOf(z, vertexCount), Arrays.copyOf(r, vertexCount),
                vertexCount, corners, boundaryEdges, minAngleDeg);
    }

    /**
     * The exact map of element e from the reference triangle: affine through its vertices, blended
     * onto the true curve along its curved wall edges. Its images of the reference nodes are the
     * element's nodes.
     */
    public ElementMap elementMap(int element) {
        ElementMap map = exactMaps[element];
        if (map == null) {
            map = buildElementMap(element);
            exactMaps[element] = map;
        }
        return map;
    }

    private ElementMap buildElementMap(int element) {
        double[] vz = new double[3];
        double[] vr = new double[3];
        for (int v = 0; v < 3; v++) {
            int node = node(element, v);
            vz[v] = z[node];
            vr[v] = r[node];
        }
        return ElementMap.exact(vz, vr, curvedEdges(element));
    }

    /** The isoparametric map of element e: the polynomial interpolant of its nodes. */
    public ElementMap isoparametricMap(int element) {
        int n = layout.nodeCount();
        double[] zNode = new double[n];
        double[] rNode = new double[n];
        for (int k = 0; k < n; k++) {
            int node = elementNodes[element * n + k];
            zNode[k] = z[node];
            rNode[k] = r[node];
        }
        return ElementMap.isoparametric(basis, zNode, rNode, curvedEdges(element));
    }
}
