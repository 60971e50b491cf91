package org.cavityfem.analysis.wall;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cavityfem.fem.GaussLegendre;
import org.cavityfem.fem.TriangleNodeLayout;
import org.cavityfem.mesh.BoundaryEdge;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.Point;
import org.cavityfem.mesh.geometry.Segment;

/**
 * The walls of one mesh as a {@link WallTable} runs them, without a mode: the wall edges in table
 * order with their arc lengths, and at the table's samples and the wall integrals' Gauss points the
 * positions, normals, arc lengths and trace weights ({@link WallEdge.Station}). None of it depends on
 * the mode, so the wall tables of every mode of a mesh share one instance and each only sums its
 * nodal values there: the same bits as a table that evaluates the geometry itself (the same
 * expressions, evaluated once instead of once per mode). Read-only once made, apart from the kept
 * stations, each made by the same expressions whichever thread asks first: modes analysed in
 * parallel share one instance.
 */
public final class WallGeometry {

    /** Gauss points of the partial arc-length integral (exact for lines and circles, smooth integrand otherwise). */
    private static final GaussLegendre LENGTH_RULE = GaussLegendre.of(8);

    private final Mesh mesh;
    private final List<Edge> edges;
    /** Per table row: the edge and the sample j of it. */
    private final int[] rowEdge;
    private final int[] rowSample;
    /** Unit normal from the wall into the cavity per table row, {n_z, n_r}; never changed. */
    private final double[][] normals;

    private WallGeometry(Mesh mesh, List<Edge> edges, int[] rowEdge, int[] rowSample, double[][] normals) {
        this.mesh = mesh;
        this.edges = edges;
        this.rowEdge = rowEdge;
        this.rowSample = rowSample;
        this.normals = normals;
    }

    /**
     * The walls of a mesh: every metal segment and electric symmetry plane, run counter-clockwise from
     * the first wall segment that follows the axis or a magnetic plane; each segment's edges in order
     * of its parameter, each edge sampled at 2p + 1 equispaced parameters, a vertex shared by two edges
     * of one segment once (see {@link WallTable}).
     */
    public static WallGeometry of(Mesh mesh) {
        Contour contour = mesh.contour();
        int n = contour.size();
        int first = 0;
        for (int i = 0; i < n; i++) {
            if (isWall(contour.segment(i).kind()) && !isWall(contour.segment((i + n - 1) % n).kind())) {
                first = i;
                break;
            }
        }
        List<List<Edge>> bySegment = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            bySegment.add(new ArrayList<>());
        }
        for (BoundaryEdge e : mesh.boundaryEdges()) {
            if (isWall(contour.segment(e.segment()).kind())) {
                bySegment.get(e.segment()).add(new Edge(mesh, e));
            }
        }
        List<Edge> ordered = new ArrayList<>();
        List<Integer> rowEdge = new ArrayList<>();
        List<Integer> rowSample = new ArrayList<>();
        List<double[]> normals = new ArrayList<>();
        double s = 0;
        for (int k = 0; k < n; k++) {
            List<Edge> list = bySegment.get((first + k) % n);
            list.sort(Comparator.comparingDouble(Edge::segmentParameterStart));
            for (int e = 0; e < list.size(); e++) {
                Edge edge = list.get(e);
                edge.arcStart = s;
                int m = samplesPerEdge(edge.order());
                for (int j = e == 0 ? 0 : 1; j <= m; j++) {
                    rowEdge.add(ordered.size());
                    rowSample.add(j);
                    normals.add(edge.inwardNormal((double) j / m));
                }
                s += edge.length;
                ordered.add(edge);
            }
        }
        return new WallGeometry(mesh, List.copyOf(ordered), rowEdge.stream().mapToInt(Integer::intValue).toArray(),
                rowSample.stream().mapToInt(Integer::intValue).toArray(), normals.toArray(new double[0][]));
    }

    static boolean isWall(BoundaryKind kind) {
        return kind == BoundaryKind.METAL || kind == BoundaryKind.ELECTRIC;
    }

    /** Samples per edge of the table, m = 2p: the rows of an edge are u = j/m. */
    static int samplesPerEdge(int order) {
        return 2 * order;
    }

    /** The mesh. */
    public Mesh mesh() {
        return mesh;
    }

    /** Number of rows of a table on these walls. */
    public int rows() {
        return rowEdge.length;
    }

    List<Edge> edges() {
        return edges;
    }

    /** The edge of a table row, by its place in {@link #edges()}. */
    int rowEdge(int row) {
        return rowEdge[row];
    }

    /** The sample j of a table row on its edge (u = j/m). */
    int rowSample(int row) {
        return rowSample[row];
    }

    /** The normals of the table rows; shared, never to be changed. */
    double[][] normals() {
        return normals;
    }

    /**
     * One wall edge's geometry, run counter-clockwise along the contour by a parameter u in [0, 1]
     * (the exact curve, x(u) = segment(t(u)) with t linear in u), and the nodes its trace of H_phi is
     * taken from; its stations at the table's samples and at the wall integrals' Gauss points kept
     * once asked for.
     */
    static final class Edge {
        final int element;
        final int localEdge;
        final boolean forward;
        final int segmentIndex;
        final ContourSegment segment;
        final Segment shape;
        final double tFrom;
        final double tTo;
        final double axisTolerance;
        /** The mesh nodes of the trace, in the order of u. */
        final int[] nodes;
        final double length;
        /** Set once, while the walls are put in order, before the geometry is shared. */
        double arcStart;
        /** Stations at u = j/m, and the arc length there, kept once asked for. */
        private volatile Grid grid;
        /** Stations at the nodes of one Gauss rule, kept once asked for. */
        private volatile Area area;

        record Grid(int samples, WallEdge.Station[] stations, double[] arcLength) {
        }

        record Area(GaussLegendre rule, WallEdge.Station[] stations) {
        }

        Edge(Mesh mesh, BoundaryEdge edge) {
            this.segmentIndex = edge.segment();
            this.segment = mesh.contour().segment(edge.segment());
            this.shape = segment.shape();
            this.axisTolerance = 1e-13 * mesh.contour().boundingSize();
            TriangleNodeLayout layout = mesh.layout();
            int[] local = layout.edgeNodes(edge.localEdge());
            int p = layout.order();
            this.element = edge.element();
            this.localEdge = edge.localEdge();
            this.forward = edge.tEnd() > edge.tStart();
            nodes = new int[p + 1];
            for (int j = 0; j <= p; j++) {
                nodes[j] = mesh.node(edge.element(), local[forward ? j : p - j]);
            }
            tFrom = forward ? edge.tStart() : edge.tEnd();
            tTo = forward ? edge.tEnd() : edge.tStart();
            length = partialLength(1);
        }

        int order() {
            return nodes.length - 1;
        }

        double segmentParameterStart() {
            return tFrom;
        }

        /** Point on the wall at u (m). */
        Point point(double u) {
            return shape.pointAt(tFrom + u * (tTo - tFrom));
        }

        /** |dx/du|, the arc length per unit u (m). */
        double lengthPerParameter(double u) {
            Point d = shape.derivativeAt(tFrom + u * (tTo - tFrom));
            return Math.hypot(d.z(), d.r()) * (tTo - tFrom);
        }

        /** Arc length from the edge's start to u (m). */
        double partialLength(double u) {
            double sum = 0;
            for (int q = 0; q < LENGTH_RULE.size(); q++) {
                sum += LENGTH_RULE.weights()[q] * lengthPerParameter(u * LENGTH_RULE.nodes()[q]);
            }
            return sum * u;
        }

        /** Unit tangent, counter-clockwise along the contour, {t_z, t_r}. */
        double[] tangent(double u) {
            Point d = shape.derivativeAt(tFrom + u * (tTo - tFrom));
            double norm = Math.hypot(d.z(), d.r());
            return new double[] {d.z() / norm, d.r() / norm};
        }

        /** Unit normal from the wall into the cavity, {n_z, n_r} (the left normal of the tangent). */
        double[] inwardNormal(double u) {
            double[] t = tangent(u);
            return new double[] {-t[1], t[0]};
        }

        /** The stations at u = j/m, j = 0..m, with the arc length from the wall's start there. */
        Grid grid(int m) {
            Grid g = grid;
            if (g == null || g.samples() != m) {
                WallEdge.Station[] stations = new WallEdge.Station[m + 1];
                double[] arc = new double[m + 1];
                for (int j = 0; j <= m; j++) {
                    double u = (double) j / m;
                    stations[j] = WallEdge.Station.of(this, u);
                    arc[j] = arcStart + partialLength(u);
                }
                g = new Grid(m, stations, arc);
                grid = g;
            }
            return g;
        }

        /** The stations at the nodes of {@code rule}. */
        Area area(GaussLegendre rule) {
            Area a = area;
            if (a == null || a.rule().size() != rule.size()) {
                WallEdge.Station[] stations = new WallEdge.Station[rule.size()];
                for (int q = 0; q < rule.size(); q++) {
                    stations[q] = WallEdge.Station.of(this, rule.nodes()[q]);
                }
                a = new Area(rule, stations);
                area = a;
            }
            return a;
        }
    }
}
