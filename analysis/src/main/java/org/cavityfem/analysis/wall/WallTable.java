package org.cavityfem.analysis.wall;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.fem.GaussLegendre;
import org.cavityfem.mesh.BoundaryEdge;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;

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
    private final double[][] normals;

    private WallTable(Mesh mesh, double angularFrequency, List<WallEdge> edges, List<WallPoint> points,
            List<double[]> normals) {
        this.normals = normals.toArray(new double[0][]);
        this.mesh = mesh;
        this.angularFrequency = angularFrequency;
        this.edges = List.copyOf(edges);
        this.points = List.copyOf(points);
    }

    /** The wall table of a mode at the field's amplitude. */
    public static WallTable of(ModeField field) {
        return of(field.mesh(), field.magneticFieldAtNodes(), field.angularFrequency());
    }

    /**
     * The wall table of a field given at the mesh nodes.
     *
     * @param mesh the mesh
     * @param magneticField H_phi at every node (A/m)
     * @param angularFrequency ω of the mode (rad/s)
     */
    public static WallTable of(Mesh mesh, double[] magneticField, double angularFrequency) {
        Contour contour = mesh.contour();
        int n = contour.size();
        int first = 0;
        for (int i = 0; i < n; i++) {
            if (isWall(contour.segment(i).kind()) && !isWall(contour.segment((i + n - 1) % n).kind())) {
                first = i;
                break;
            }
        }
        List<List<WallEdge>> bySegment = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            bySegment.add(new ArrayList<>());
        }
        for (BoundaryEdge e : mesh.boundaryEdges()) {
            if (isWall(contour.segment(e.segment()).kind())) {
                bySegment.get(e.segment()).add(new WallEdge(mesh, e, magneticField, angularFrequency));
            }
        }
        List<WallEdge> ordered = new ArrayList<>();
        List<WallPoint> points = new ArrayList<>();
        List<double[]> normals = new ArrayList<>();
        double s = 0;
        for (int k = 0; k < n; k++) {
            List<WallEdge> list = bySegment.get((first + k) % n);
            list.sort(Comparator.comparingDouble(WallEdge::segmentParameterStart));
            for (int e = 0; e < list.size(); e++) {
                WallEdge edge = list.get(e);
                edge.setArcStart(s);
                int m = samplesPerEdge(edge);
                for (int j = e == 0 ? 0 : 1; j <= m; j++) {
                    points.add(edge.sample((double) j / m));
                    normals.add(edge.inwardNormal((double) j / m));
                }
                s += edge.length();
                ordered.add(edge);
            }
        }
        return new WallTable(mesh, angularFrequency, ordered, points, normals);
    }

    private static boolean isWall(BoundaryKind kind) {
        return kind == BoundaryKind.METAL || kind == BoundaryKind.ELECTRIC;
    }

    private static int samplesPerEdge(WallEdge edge) {
        return 2 * edge.order();
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
            for (int q = 0; q < rule.size(); q++) {
                double u = rule.nodes()[q];
                WallPoint point = edge.sampleFields(u);
                sum += rule.weights()[q] * f.applyAsDouble(point) * 2 * Math.PI * point.r() * edge.lengthPerParameter(u);
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
     * golden-section search within one sample spacing on either side. {@code magnitude} sees the
     * fields and the position of the points it compares, not their arc length (NaN); the point
     * returned has all of them.
     *
     * @return the point, or null when no edge passes
     */
    public WallPoint peak(Predicate<WallEdge> which, ToDoubleFunction<WallPoint> magnitude) {
        WallEdge bestEdge = null;
        double bestU = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (WallEdge edge : edges) {
            if (!which.test(edge)) {
                continue;
            }
            int m = samplesPerEdge(edge);
            for (int j = 0; j <= m; j++) {
                double u = (double) j / m;
                double v = magnitude.applyAsDouble(edge.sampleFields(u));
                if (v > best) {
                    best = v;
                    bestEdge = edge;
                    bestU = u;
                }
            }
        }
        if (bestEdge == null) {
            return null;
        }
        WallEdge edge = bestEdge;
        double step = 1.0 / samplesPerEdge(edge);
        double u = goldenMaximum(x -> magnitude.applyAsDouble(edge.sampleFields(x)), Math.max(0, bestU - step),
                Math.min(1, bestU + step));
        WallPoint refined = edge.sample(u);
        return magnitude.applyAsDouble(refined) >= best ? refined : edge.sample(bestU);
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
