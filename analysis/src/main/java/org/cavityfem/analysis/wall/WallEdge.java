package org.cavityfem.analysis.wall;

import org.cavityfem.fem.GaussLegendre;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.Point;
import org.cavityfem.units.PhysicalConstants;

/**
 * One element edge on a wall, run counter-clockwise along the contour by a parameter u in [0, 1].
 * The wall is the exact curve, x(u) = segment(t(u)) with t linear in u (the curved element map
 * follows the curve with this parameter); H_phi on it is the degree-p polynomial through the
 * edge's p + 1 nodes, equispaced in u.
 *
 * <p>The normal electric field comes from the tangential derivative of the trace of r·H_phi
 * (docs/design.md §2.6): with (E_z, E_r) = (1/(ω ε0 r)) (∂r(rH), −∂z(rH)) and n the unit normal from the
 * wall into the cavity (the left normal of the counter-clockwise tangent),
 * E_n = −(1/(ω ε0 r)) d(rH)/ds. It needs only the trace, which is continuous and known exactly on
 * the wall. Where the wall meets the axis (r = 0, H = 0) the limit is E_n = −2 (dH/ds)/(ω ε0).
 */
public final class WallEdge {

    /** The mesh's part of the edge, shared by the edges of every mode on the same walls. */
    private final WallGeometry.Edge geometry;
    private final double[] nodalField;
    private final double angularFrequency;
    /** sampleFields at u = j/m (m = the table's samples per edge), kept once asked for: the peak searches repeat them. */
    private volatile WallPoint[] grid;
    /** sampleFields and |dx/du| at the nodes of the area rule, kept once asked for: every wall integral repeats them. */
    private volatile AreaNodes areaNodes;

    /** The fields and |dx/du| at the nodes of one Gauss rule. */
    record AreaNodes(GaussLegendre rule, WallPoint[] points, double[] lengthPerParameter) {
    }

    WallEdge(WallGeometry.Edge geometry, double[] magneticField, double angularFrequency) {
        this.geometry = geometry;
        this.angularFrequency = angularFrequency;
        int[] nodes = geometry.nodes;
        nodalField = new double[nodes.length];
        for (int j = 0; j < nodes.length; j++) {
            nodalField[j] = magneticField[nodes[j]];
        }
    }

    /** The element the edge belongs to. */
    public int element() {
        return geometry.element;
    }

    /**
     * Reference coordinates {ξ, η} in {@link #element()} of the wall point at u: the edge's own
     * fraction runs from its start vertex a (λa = 1 − s) to its end vertex b (λb = s).
     */
    public double[] referenceCoordinates(double u) {
        double s = geometry.forward ? u : 1 - u;
        double[] lambda = new double[3];
        lambda[geometry.localEdge] = 1 - s;
        lambda[(geometry.localEdge + 1) % 3] = s;
        return new double[] {lambda[1], lambda[2]};
    }

    /** Index of the contour segment the edge lies on. */
    public int segmentIndex() {
        return geometry.segmentIndex;
    }

    /** The contour segment the edge lies on. */
    public ContourSegment segment() {
        return geometry.segment;
    }

    /** Boundary kind of the segment. */
    public BoundaryKind kind() {
        return geometry.segment.kind();
    }

    /** Segment parameter at the edge's counter-clockwise start. */
    public double segmentParameterStart() {
        return geometry.tFrom;
    }

    /** Arc length of the edge (m). */
    public double length() {
        return geometry.length;
    }

    /** Arc length along the whole wall at the edge's start (m). */
    public double arcStart() {
        return geometry.arcStart;
    }

    /** Point on the wall at u (m). */
    public Point point(double u) {
        return geometry.point(u);
    }

    /** |dx/du|, the arc length per unit u (m). */
    public double lengthPerParameter(double u) {
        return geometry.lengthPerParameter(u);
    }

    /** Unit tangent, counter-clockwise along the contour, {t_z, t_r}. */
    public double[] tangent(double u) {
        return geometry.tangent(u);
    }

    /** Unit normal from the wall into the cavity, {n_z, n_r} (the left normal of the tangent). */
    public double[] inwardNormal(double u) {
        return geometry.inwardNormal(u);
    }

    /** H_phi at u (A/m). */
    public double magneticField(double u) {
        double[] value = new double[1];
        trace(u, value, null);
        return value[0];
    }

    /** E_n at u, n from the wall into the cavity (V/m). */
    public double normalElectricField(double u) {
        double[] value = new double[1];
        double[] slope = new double[1];
        trace(u, value, slope);
        return normalElectricField(u, point(u), value[0], slope[0]);
    }

    /** E_n at u from the point there and the trace's value and slope there. */
    private double normalElectricField(double u, Point x, double h, double dh) {
        Point dx = geometry.shape.derivativeAt(geometry.tFrom + u * (geometry.tTo - geometry.tFrom));
        double dtdu = geometry.tTo - geometry.tFrom;
        double drdu = dx.r() * dtdu;
        double dsdu = Math.hypot(dx.z(), dx.r()) * dtdu;
        return normalElectricField(x.r(), drdu, dsdu, h, dh);
    }

    /** E_n from the radius, dr/du and ds/du at a point and the trace's value and slope there. */
    private double normalElectricField(double r, double drdu, double dsdu, double h, double dh) {
        double scale = 1 / (angularFrequency * PhysicalConstants.EPSILON_0);
        if (r <= geometry.axisTolerance) {
            // r H and r vanish together: d(rH)/ds / r → (dr/ds H + r dH/ds)/r → 2 dH/ds.
            return -scale * 2 * dh / dsdu;
        }
        return -scale * (drdu * h + r * dh) / (r * dsdu);
    }

    /**
     * What {@link #magneticField(double)}, {@link #normalElectricField(double)}, {@link #point} and
     * {@link #lengthPerParameter} need of the wall at one parameter u that does not depend on the
     * mode: the position, dr/du, ds/du and the trace's Lagrange weights and their slopes. The edges of
     * every mode of a mesh share the geometry; a check that evaluates all modes at the same u keeps
     * one station per point and gets the same bits as those methods give at u. The wall tables of a
     * mesh's modes share the stations at their samples and Gauss points ({@link WallGeometry}).
     */
    public static final class Station {
        private final double u;
        private final double z;
        private final double r;
        private final double drdu;
        private final double dsdu;
        private final double[] weight;
        private final double[] slope;

        private Station(double u, double z, double r, double drdu, double dsdu, double[] weight, double[] slope) {
            this.u = u;
            this.z = z;
            this.r = r;
            this.drdu = drdu;
            this.dsdu = dsdu;
            this.weight = weight;
            this.slope = slope;
        }

        /** The station of an edge's geometry at u, by the expressions the edge's own methods use. */
        static Station of(WallGeometry.Edge edge, double u) {
            Point x = edge.point(u);
            Point dx = edge.shape.derivativeAt(edge.tFrom + u * (edge.tTo - edge.tFrom));
            double dtdu = edge.tTo - edge.tFrom;
            double drdu = dx.r() * dtdu;
            double dsdu = Math.hypot(dx.z(), dx.r()) * dtdu;
            int p = edge.order();
            double[] weight = new double[p + 1];
            double[] slope = new double[p + 1];
            traceWeights(p, u, weight, slope);
            return new Station(u, x.z(), x.r(), drdu, dsdu, weight, slope);
        }

        /** The edge parameter of the station. */
        public double u() {
            return u;
        }

        /** r of the wall point (m), {@code point(u).r()}. */
        public double r() {
            return r;
        }

        /** |dx/du| (m), {@code lengthPerParameter(u)}. */
        public double lengthPerParameter() {
            return dsdu;
        }
    }

    /** The mode-independent geometry at u ({@link Station}). */
    public Station station(double u) {
        return Station.of(geometry, u);
    }

    /** H_phi at a station of this edge's geometry (A/m): the bits of {@link #magneticField(double)} at its u. */
    public double magneticField(Station s) {
        return weighted(s.weight);
    }

    /** E_n at a station of this edge's geometry (V/m): the bits of {@link #normalElectricField(double)} at its u. */
    public double normalElectricField(Station s) {
        return normalElectricField(s.r, s.drdu, s.dsdu, weighted(s.weight), weighted(s.slope));
    }

    /** The wall point at a station of this edge's geometry without its arc length (NaN): the bits of {@link #sampleFields} at its u. */
    private WallPoint sampleFields(Station s) {
        double h = weighted(s.weight);
        double en = normalElectricField(s.r, s.drdu, s.dsdu, h, weighted(s.slope));
        return new WallPoint(geometry.segmentIndex, geometry.segment.name(), Double.NaN, s.z, s.r, h, en,
                PhysicalConstants.EPSILON_0 * en);
    }

    /** Arc length from the edge's start to u (m). */
    public double partialLength(double u) {
        return geometry.partialLength(u);
    }

    /** The wall point at u. */
    public WallPoint sample(double u) {
        Point x = point(u);
        double h = magneticField(u);
        double en = normalElectricField(u);
        return new WallPoint(geometry.segmentIndex, geometry.segment.name(), geometry.arcStart + partialLength(u),
                x.z(), x.r(), h, en, PhysicalConstants.EPSILON_0 * en);
    }

    /**
     * The wall point at u without its arc length (NaN): what the peak searches and the area integrals
     * ask for thousands of times, where the arc length's own integral would cost more than the fields.
     */
    WallPoint sampleFields(double u) {
        // One trace and one point for both fields: the trace's value is the same sum with or without
        // its slope, so H_t and E_n are the bits magneticField(u) and normalElectricField(u) give.
        Point x = point(u);
        double[] value = new double[1];
        double[] slope = new double[1];
        trace(u, value, slope);
        double h = value[0];
        double en = normalElectricField(u, x, h, slope[0]);
        return new WallPoint(geometry.segmentIndex, geometry.segment.name(), Double.NaN, x.z(), x.r(), h, en,
                PhysicalConstants.EPSILON_0 * en);
    }

    /**
     * {@link #sampleFields} at u = j/m, the same point, kept after the first request for this m: the
     * peak searches scan the same samples for every quantity and segment. The geometry there is the
     * mesh's ({@link WallGeometry}).
     */
    WallPoint gridSample(int j, int m) {
        WallPoint[] g = grid;
        if (g == null || g.length != m + 1) {
            WallEdge.Station[] stations = geometry.grid(m).stations();
            g = new WallPoint[m + 1];
            for (int i = 0; i <= m; i++) {
                g[i] = sampleFields(stations[i]);
            }
            grid = g;
        }
        return g[j];
    }

    /** {@link #sample} at u = j/m, its fields taken from {@link #gridSample}: the same point. */
    WallPoint gridSampleWithArcLength(int j, int m) {
        WallPoint p = gridSample(j, m);
        return new WallPoint(p.segment(), p.segmentName(), geometry.grid(m).arcLength()[j], p.z(), p.r(),
                p.surfaceCurrent(), p.normalElectricField(), p.surfaceCharge());
    }

    /**
     * {@link #sampleFields} and {@link #lengthPerParameter} at the nodes of {@code rule}, the same
     * values, kept after the first request for that rule: the wall integrals of a mode (losses, per
     * segment, outer wall) all use them. The geometry there is the mesh's ({@link WallGeometry}).
     */
    AreaNodes areaNodes(GaussLegendre rule) {
        AreaNodes a = areaNodes;
        if (a == null || a.rule().size() != rule.size()) {
            WallEdge.Station[] stations = geometry.area(rule).stations();
            WallPoint[] points = new WallPoint[rule.size()];
            double[] perParameter = new double[rule.size()];
            for (int q = 0; q < rule.size(); q++) {
                points[q] = sampleFields(stations[q]);
                perParameter[q] = stations[q].dsdu;
            }
            a = new AreaNodes(rule, points, perParameter);
            areaNodes = a;
        }
        return a;
    }

    /** Polynomial order of the trace. */
    public int order() {
        return nodalField.length - 1;
    }

    /**
     * H_phi and dH/du at u from the Lagrange polynomial through the nodes u_j = j/p.
     */
    private void trace(double u, double[] value, double[] slope) {
        int p = nodalField.length - 1;
        double[] weight = new double[p + 1];
        double[] weightSlope = new double[p + 1];
        traceWeights(p, u, weight, weightSlope);
        value[0] = weighted(weight);
        if (slope != null) {
            slope[0] = weighted(weightSlope);
        }
    }

    /** Σ_j H_j w_j in the order j: the trace's value from its weights, or its slope from theirs. */
    private double weighted(double[] w) {
        double sum = 0;
        for (int j = 0; j < nodalField.length; j++) {
            sum += nodalField[j] * w[j];
        }
        return sum;
    }

    /**
     * The Lagrange weights l_j(u) and slopes dl_j/du of {@link #trace} at order p: the trace is
     * Σ_j H_j l_j in the order j, so sums over these weights in that order (a {@link Station}'s) are
     * the trace's bits.
     */
    private static void traceWeights(int p, double u, double[] weight, double[] slope) {
        TraceConstants c = TraceConstants.of(p);
        for (int j = 0; j <= p; j++) {
            double l = 1;
            double dl = 0;
            for (int m = 0; m <= p; m++) {
                if (m == j) {
                    continue;
                }
                int jm = j * (p + 1) + m;
                double f = (u - c.node[m]) / c.gap[jm];
                double df = c.inverseGap[jm];
                dl = dl * f + l * df;
                l *= f;
            }
            weight[j] = l;
            slope[j] = dl;
        }
    }

    /**
     * The constants of {@link #trace} for one order p, each computed by the same expression the
     * trace once evaluated at every call: m / p, (j − m) / p and 1 / ((j − m) / p), the last two at
     * [j (p + 1) + m]. The trace runs for every wall sample of every mode; these are the same bits.
     */
    private static final class TraceConstants {

        private static final TraceConstants[] ORDERS = new TraceConstants[17];

        static {
            for (int p = 0; p < ORDERS.length; p++) {
                ORDERS[p] = new TraceConstants(p);
            }
        }

        final double[] node;
        final double[] gap;
        final double[] inverseGap;

        private TraceConstants(int p) {
            node = new double[p + 1];
            gap = new double[(p + 1) * (p + 1)];
            inverseGap = new double[(p + 1) * (p + 1)];
            for (int j = 0; j <= p; j++) {
                node[j] = (double) j / p;
                for (int m = 0; m <= p; m++) {
                    gap[j * (p + 1) + m] = (double) (j - m) / p;
                    inverseGap[j * (p + 1) + m] = 1 / ((double) (j - m) / p);
                }
            }
        }

        static TraceConstants of(int p) {
            return p < ORDERS.length ? ORDERS[p] : new TraceConstants(p);
        }
    }
}
