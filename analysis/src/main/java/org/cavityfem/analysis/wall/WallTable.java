package org.cavityfem.analysis.wall;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.fem.GaussLegendre;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.geometry.BoundaryKind;

/**
 * One mode's fields on the walls: every metal segment and electric symmetry plane of the contour,
 * sampled along the arc length. The wall is run counter-clockwise (domain on the left), starting
 * at the first wall segment that follows the axis or a magnetic plane, so that on a cavity closed
 * on the axis s = 0 is where the wall leaves the axis. Each element edge on a wall is sampled at
 * 2p + 1 equispaced parameters (p the element order); a vertex shared by two edges of one segment
 * appears once, a corner between two segments twice (once per segment, with that segment's normal).
 *
 * <p>Signs: K = H_phi along the counter-clockwise tangent; E_n and σ with the normal pointing from
 * the wall into the cavity (so σ = ε0 E_n is the charge on the wall). Integrals over the walls
 * and peak values do not use the samples: they integrate each edge with Gauss points and locate
 * maxima on the continuous trace.
 */
public final class WallTable {

    private final Mesh mesh;
    private final double angularFrequency;
    private final List<WallEdge> edges;
    private final List<WallPoint> points;
    /** Shared with the other tables on the same walls; never changed. */
    private final double[][] normals;

    private WallTable(Mesh mesh, double angularFrequency, List<WallEdge> edges, List<WallPoint> points,
            double[][] normals) {
        this.normals = normals;
        this.mesh = mesh;
        this.angularFrequency = angularFrequency;
        this.edges = List.copyOf(edges);
        this.points = List.copyOf(points);
    }

    /**
     * The wall table of a mode at the field's amplitude, on the walls' geometry shared with the other
     * modes of the mesh (kept with the field's {@link ModeField#points()}): the same bits as a table
     * with a geometry of its own.
     */
    public static WallTable of(ModeField field) {
        WallGeometry walls = field.points().perMesh(WallGeometry.class, p -> WallGeometry.of(p.mesh()));
        return of(walls, field.magneticFieldAtNodes(), field.angularFrequency());
    }

    /**
     * The wall table of a field given at the mesh nodes.
     *
     * @param mesh the mesh
     * @param magneticField H_phi at every node (A/m)
     * @param angularFrequency ω of the mode (rad/s)
     */
    public static WallTable of(Mesh mesh, double[] magneticField, double angularFrequency) {
        return of(WallGeometry.of(mesh), magneticField, angularFrequency);
    }

    /**
     * The wall table of a field given at the mesh nodes, on walls whose geometry is made already.
     *
     * @param walls the walls of the field's mesh
     * @param magneticField H_phi at every node (A/m)
     * @param angularFrequency ω of the mode (rad/s)
     */
    public static WallTable of(WallGeometry walls, double[] magneticField, double angularFrequency) {
        List<WallEdge> edges = new ArrayList<>(walls.edges().size());
        for (WallGeometry.Edge e : walls.edges()) {
            edges.add(new WallEdge(e, magneticField, angularFrequency));
        }
        List<WallPoint> points = new ArrayList<>(walls.rows());
        for (int row = 0; row < walls.rows(); row++) {
            WallEdge edge = edges.get(walls.rowEdge(row));
            // The fields of the samples are kept with the edge for the peak searches.
            points.add(edge.gridSampleWithArcLength(walls.rowSample(row), samplesPerEdge(edge)));
        }
        return new WallTable(walls.mesh(), angularFrequency, edges, points, walls.normals());
    }

    private static int samplesPerEdge(WallEdge edge) {
        return WallGeometry.samplesPerEdge(edge.order());
    }

    /** The mesh. */
    public Mesh mesh() {
        return mesh;
    }

    /** ω of the mode (rad/s). */
    public double angularFrequency() {
        return angularFrequency;
    }

    /** The sampled rows, in order of arc length. */
    public List<WallPoint> points() {
        return points;
    }

    /** Unit normal from the wall into the cavity at row {@code row} of {@link #points()}, {n_z, n_r}. */
    public double[] inwardNormal(int row) {
        return normals[row].clone();
    }

    /**
     * Component {@code component} (0: n_z, 1: n_r) of {@link #inwardNormal(int)}, without a copy of
     * the normal: for passes over every row.
     */
    public double inwardNormal(int row, int component) {
        return normals[row][component];
    }

    /** The wall edges, in order of arc length. */
    public List<WallEdge> edges() {
        return edges;
    }

    /** Boundary kind of a contour segment ({@link BoundaryKind#METAL} or {@link BoundaryKind#ELECTRIC} in the table). */
    public BoundaryKind kind(int segment) {
        return mesh.contour().segment(segment).kind();
    }

    /** True when the point lies on a metal wall (not on an electric symmetry plane). */
    public boolean isMetal(WallPoint point) {
        return kind(point.segment()) == BoundaryKind.METAL;
    }

    /** Total arc length of the walls in the table (m). */
    public double length() {
        return edges.isEmpty() ? 0 : edges.get(edges.size() - 1).arcStart() + edges.get(edges.size() - 1).length();
    }

    /**
     * ∫ f dA over the wall surfaces of revolution whose edges pass {@code which}, dA = 2π r ds,
     * by Gauss–Legendre quadrature on every edge (p + 4 points).
     *
     * @param which the edges to integrate over
     * @param f the integrand at a wall point (its fields and position; the point's arc length is NaN)
     */
    public double integrateOverArea(Predicate<WallEdge> which, ToDoubleFunction<WallPoint> f) {
        double sum = 0;
        for (WallEdge edge : edges) {
            if (!which.test(edge)) {
                continue;
            }
            GaussLegendre rule = GaussLegendre.of(edge.order() + 4);
            WallEdge.AreaNodes nodes = edge.areaNodes(rule);
            for (int q = 0; q < rule.size(); q++) {
                WallPoint point = nodes.points()[q];
                sum += rule.weights()[q] * f.applyAsDouble(point) * 2 * Math.PI * point.r()
                        * nodes.lengthPerParameter()[q];
            }
        }
        return sum;
    }

    /** Edges on metal walls. */
    public static Predicate<WallEdge> metal() {
        return edge -> edge.kind() == BoundaryKind.METAL;
    }

    /**
     * The wall point where {@code magnitude} is largest among the edges passing {@code which}: the
     * largest of the samples (edge ends included), then refined on the continuous trace by
     * golden-section search within one sample spacing on either side. Where that spacing reaches
     * an end of the edge, the edge that continues the wall there (when it passes {@code which}) is
     * searched within one of its own spacings of that end too, and the larger maximum is taken: E_n
     * comes from the trace's slope, which jumps by its discretisation error at an element's vertex,
     * so the largest sample can sit at one side of a vertex while the maximum lies just inside the
     * edge on the other side (design.md §2.6). {@code magnitude} sees the fields and the position of
     * the points it compares, not their arc length (NaN); the point returned has all of them.
     *
     * @return the point, or null when no edge passes
     */
    public WallPoint peak(Predicate<WallEdge> which, ToDoubleFunction<WallPoint> magnitude) {
        int bestEdge = -1;
        double bestU = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < edges.size(); k++) {
            WallEdge edge = edges.get(k);
            if (!which.test(edge)) {
                continue;
            }
            int m = samplesPerEdge(edge);
            for (int j = 0; j <= m; j++) {
                double u = (double) j / m;
                double v = magnitude.applyAsDouble(edge.gridSample(j, m));
                if (v > best) {
                    best = v;
                    bestEdge = k;
                    bestU = u;
                }
            }
        }
        if (bestEdge < 0) {
            return null;
        }
        WallEdge edge = edges.get(bestEdge);
        double step = 1.0 / samplesPerEdge(edge);
        WallEdge found = edge;
        double foundU = goldenMaximum(x -> magnitude.applyAsDouble(edge.sampleFields(x)), Math.max(0, bestU - step),
                Math.min(1, bestU + step));
        double foundValue = magnitude.applyAsDouble(edge.sampleFields(foundU));
        WallEdge before = bestU - step <= 0 ? continuing(bestEdge, -1, which) : null;
        WallEdge after = bestU + step >= 1 ? continuing(bestEdge, 1, which) : null;
        for (WallEdge other : new WallEdge[] {before, after}) {
            if (other == null) {
                continue;
            }
            double otherStep = 1.0 / samplesPerEdge(other);
            double u = other == before
                    ? goldenMaximum(x -> magnitude.applyAsDouble(other.sampleFields(x)), 1 - otherStep, 1)
                    : goldenMaximum(x -> magnitude.applyAsDouble(other.sampleFields(x)), 0, otherStep);
            double v = magnitude.applyAsDouble(other.sampleFields(u));
            if (v > foundValue) {
                found = other;
                foundU = u;
                foundValue = v;
            }
        }
        return foundValue >= best ? found.sample(foundU) : edge.sample(bestU);
    }

    /**
     * The edge next to edge k along the wall ({@code direction} −1: the one ending where it starts,
     * +1: the one starting where it ends), when it passes {@code which}; null otherwise.
     */
    private WallEdge continuing(int k, int direction, Predicate<WallEdge> which) {
        int n = k + direction;
        if (n < 0 || n >= edges.size() || !which.test(edges.get(n))) {
            return null;
        }
        WallEdge edge = edges.get(k);
        WallEdge other = edges.get(n);
        var here = direction < 0 ? edge.point(0) : edge.point(1);
        var there = direction < 0 ? other.point(1) : other.point(0);
        double tiny = 1e-9 * Math.max(edge.length(), other.length());
        return Math.hypot(here.z() - there.z(), here.r() - there.r()) <= tiny ? other : null;
    }

    /** Golden-section search for the maximum of f on [a, b]. */
    private static double goldenMaximum(DoubleUnaryOperator f, double a, double b) {
        double ratio = (Math.sqrt(5) - 1) / 2;
        double c = b - ratio * (b - a);
        double d = a + ratio * (b - a);
        double fc = f.applyAsDouble(c);
        double fd = f.applyAsDouble(d);
        for (int i = 0; i < 80 && b - a > 1e-14; i++) {
            if (fc >= fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - ratio * (b - a);
                fc = f.applyAsDouble(c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + ratio * (b - a);
                fd = f.applyAsDouble(d);
            }
        }
        double mid = 0.5 * (a + b);
        double[] candidates = {a, b, mid};
        double bestU = mid;
        double best = f.applyAsDouble(mid);
        for (double x : candidates) {
            double v = f.applyAsDouble(x);
            if (v > best) {
                best = v;
                bestU = x;
            }
        }
        return bestU;
    }
}
