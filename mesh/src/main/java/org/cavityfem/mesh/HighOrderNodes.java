package org.cavityfem.mesh;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cavityfem.fem.CurvedEdge;
import org.cavityfem.fem.ElementMap;
import org.cavityfem.fem.LagrangeTriangle;
import org.cavityfem.fem.MapPoint;
import org.cavityfem.fem.TabulatedBasis;
import org.cavityfem.fem.TriangleNodeLayout;
import org.cavityfem.fem.TriangleQuadrature;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.InvalidGeometryException;
import org.cavityfem.mesh.geometry.Line;
import org.cavityfem.mesh.geometry.Point;
import org.cavityfem.mesh.geometry.Segment;
import org.cavityfem.mesh.triangulate.PlanarMesh;

/**
 * Turns a straight-sided triangulation into an order-p isoparametric mesh. Nodes are numbered
 * vertices first, then p − 1 per edge (stored in the direction of the first element that uses the
 * edge), then the interior nodes. Edges on a curved contour segment get their nodes on the curve,
 * equally spaced in the segment parameter; the interior nodes of such elements are the images of
 * their reference positions under the element's exact map ({@link ElementMap#exact}).
 */
final class HighOrderNodes {

    /** Local edge e of the layout runs from vertex e to vertex e + 1, opposite vertex e + 2. */
    private static int oppositeVertex(int edge) {
        return (edge + 2) % 3;
    }

    private final Contour contour;
    private final PlanarMesh planar;
    private final TriangleNodeLayout layout;
    private final int p;
    /** The order-p basis on the lattice the fold check samples, tabulated once for all elements. */
    private TabulatedBasis foldLattice;

    private HighOrderNodes(Contour contour, PlanarMesh planar, int order) {
        this.contour = contour;
        this.planar = planar;
        this.layout = TriangleNodeLayout.of(order);
        this.p = order;
    }

    /**
     * @param maxNodes the mesh is refused (before its arrays are allocated) above this many nodes
     */
    static Mesh build(Contour contour, PlanarMesh planar, int order, long maxNodes) {
        return new HighOrderNodes(contour, planar, order).build(maxNodes);
    }

    private Mesh build(long maxNodes) {
        int nv = planar.vertexCount();
        int nt = planar.triangleCount();
        int[] tri = planar.triangles();
        int[] nb = planar.neighbours();
        int[] edgeSeg = planar.edgeSegment();
        int perElement = layout.nodeCount();
        int edgeInner = p - 1;
        // First inner node of each element edge, and whether the element runs it backwards.
        int[] edgeFirst = new int[3 * nt];
        boolean[] reversed = new boolean[3 * nt];
        int next = nv;
        for (int k = 0; k < nt; k++) {
            for (int e = 0; e < 3; e++) {
                int u = nb[3 * k + oppositeVertex(e)];
                if (u < 0 || u > k) {
                    edgeFirst[3 * k + e] = next;
                    next += edgeInner;
                } else {
                    int ue = localEdgeTowards(tri, nb, u, k);
                    edgeFirst[3 * k + e] = edgeFirst[3 * u + ue];
                    reversed[3 * k + e] = true;
                }
            }
        }
        int interior = layout.interiorCount();
        long total = (long) next + (long) nt * interior;
        if (total > maxNodes) {
            throw new InvalidGeometryException(String.format(Locale.ROOT,
                    "the mesh would have %d nodes, more than the limit of %d; raise the element size or lower the order",
                    total, maxNodes));
        }
        double[] z = new double[(int) total];
        double[] r = new double[(int) total];
        System.arraycopy(planar.z(), 0, z, 0, nv);
        System.arraycopy(planar.r(), 0, r, 0, nv);
        int[] nodes = new int[nt * perElement];
        List<BoundaryEdge> boundary = new ArrayList<>();
        int interiorNext = next;
        double[] vz = new double[3];
        double[] vr = new double[3];
        List<CurvedEdge> curved = new ArrayList<>(3);
        for (int k = 0; k < nt; k++) {
            int base = k * perElement;
            for (int i = 0; i < 3; i++) {
                nodes[base + i] = tri[3 * k + i];
                vz[i] = planar.z()[tri[3 * k + i]];
                vr[i] = planar.r()[tri[3 * k + i]];
            }
            curved.clear();
            for (int e = 0; e < 3; e++) {
                int a = tri[3 * k + e];
                int b = tri[3 * k + (e + 1) % 3];
                int seg = edgeSeg[3 * k + oppositeVertex(e)];
                if (seg >= 0) {
                    double ta = planar.tOut()[a];
                    double tb = planar.tIn()[b];
                    boundary.add(new BoundaryEdge(k, e, seg, ta, tb));
                    Segment shape = contour.segment(seg).shape();
                    if (!(shape instanceof Line)) {
                        curved.add(new CurvedEdge(e, shape, ta, tb));
                    }
                }
            }
            ElementMap geometry = ElementMap.exact(vz, vr, curved);
            for (int e = 0; e < 3; e++) {
                for (int j = 1; j < p; j++) {
                    int node = reversed[3 * k + e] ? edgeFirst[3 * k + e] + (p - 1 - j) : edgeFirst[3 * k + e] + j - 1;
                    nodes[base + 3 + e * edgeInner + j - 1] = node;
                    if (!reversed[3 * k + e]) {
                        double[] q = geometry.edgePoint(e, (double) j / p);
                        z[node] = q[0];
                        r[node] = q[1];
                    }
                }
            }
            for (int local = 3 + 3 * edgeInner; local < perElement; local++) {
                int node = interiorNext++;
                nodes[base + local] = node;
                double[] q = geometry.point(layout.xi(local), layout.eta(local));
                z[node] = q[0];
                r[node] = q[1];
            }
            if (geometry.isCurved()) {
                checkJacobian(z, r, nodes, base, k);
            }
        }
        return new Mesh(contour, layout, z, r, nv, nodes, boundary, planar.minAngleDeg());
    }

    private static int localEdgeTowards(int[] tri, int[] nb, int u, int k) {
        for (int e = 0; e < 3; e++) {
            if (nb[3 * u + oppositeVertex(e)] == k) {
                return e;
            }
        }
        throw new IllegalStateException("triangles " + u + " and " + k + " are not neighbours");
    }

    /** Throws when the isoparametric map of element k folds over somewhere on a fine lattice. */
    private void checkJacobian(double[] z, double[] r, int[] nodes, int base, int k) {
        LagrangeTriangle basis = LagrangeTriangle.of(p);
        if (foldLattice == null) {
            foldLattice = TabulatedBasis.of(basis, lattice(2 * p + 2));
        }
        int n = basis.size();
        double[] zNode = new double[n];
        double[] rNode = new double[n];
        for (int m = 0; m < n; m++) {
            zNode[m] = z[nodes[base + m]];
            rNode[m] = r[nodes[base + m]];
        }
        ElementMap map = ElementMap.isoparametric(basis, zNode, rNode, List.of());
        MapPoint x = new MapPoint();
        for (int q = 0; q < foldLattice.rule().size(); q++) {
            map.evaluate(foldLattice, q, x);
            if (!(x.det() > 0)) {
                Point at = new Point(z[nodes[base]], r[nodes[base]]);
                throw new InvalidGeometryException(String.format(Locale.ROOT,
                        "the curved element %d near %s is inverted (its map from the reference triangle folds "
                        + "over); reduce the element size or maxArcAngle there", k, at));
            }
        }
    }

    /** The points (i/m, j/m), i + j <= m, of the reference triangle, as a rule without weights. */
    private static TriangleQuadrature lattice(int m) {
        int count = (m + 1) * (m + 2) / 2;
        double[] xi = new double[count];
        double[] eta = new double[count];
        int q = 0;
        for (int i = 0; i <= m; i++) {
            for (int j = 0; i + j <= m; j++) {
                xi[q] = (double) i / m;
                eta[q] = (double) j / m;
                q++;
            }
        }
        return new TriangleQuadrature(xi, eta, new double[count]);
    }}
