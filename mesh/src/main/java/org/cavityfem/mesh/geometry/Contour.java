package org.cavityfem.mesh.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A closed, simple chain of segments bounding the meridian-plane domain, stored counter-clockwise
 * in the (z, r) plane (domain on the left of every segment).
 *
 * <p>Construction validates the chain: every segment has positive length, each ends where the
 * next begins, no joint is a cusp, the whole contour stays in r >= 0, it does not cross itself, and segments lying on
 * r = 0 are the symmetry axis (their kind becomes {@link BoundaryKind#AXIS}).
 */
public final class Contour {

    /** Polyline pieces per curved segment used for the r >= 0 and self-intersection checks. */
    private static final int SAMPLES = 64;
    /**
     * Smallest angle (rad) between the two walls at a joint, inside or outside the domain: below it
     * the joint is a cusp (0.5 degrees; a real knife edge is blunter).
     */
    private static final double MIN_JOINT_ANGLE = Math.toRadians(0.5);
    /**
     * Largest distance of the contour from the origin, in units of its size: 10³ keeps the
     * coordinates' rounding (1e-16 of the offset) below 1e-13 of the size, under the solver's accuracy.
     */
    private static final double MAX_OFFSET = 1e3;

    private final List<ContourSegment> segments;
    private final double size;

    private Contour(List<ContourSegment> segments, double size) {
        this.segments = List.copyOf(segments);
        this.size = size;
    }

    /**
     * Validates and orients a chain of segments.
     *
     * @throws InvalidGeometryException naming the offending segment when the chain is not a valid contour
     */
    public static Contour of(List<ContourSegment> chain) {
        if (chain.size() < 2) {
            throw new InvalidGeometryException("a contour needs at least 2 segments, got " + chain.size());
        }
        double size = boundingSize(chain);
        checkOffset(chain, size);
        double tol = 1e-9 * size;
        List<ContourSegment> segs = new ArrayList<>();
        for (ContourSegment s : chain) {
            double len = s.shape().length();
            if (!(len > tol)) {
                throw new InvalidGeometryException(String.format(Locale.ROOT,
                        "%s has zero length (%s); remove it or give it distinct ends", s.name(), s.shape().describe()));
            }
            segs.add(axisAware(s, tol));
        }
        for (int i = 0; i < segs.size(); i++) {
            ContourSegment a = segs.get(i);
            ContourSegment b = segs.get((i + 1) % segs.size());
            double gap = a.shape().end().distance(b.shape().start());
            if (gap > 1e-7 * size) {
                throw new InvalidGeometryException(String.format(Locale.ROOT,
                        "the contour does not close: %s ends at %s but %s starts at %s (gap %.3g m)",
                        a.name(), a.shape().end(), b.name(), b.shape().start(), gap));
            }
        }
        for (ContourSegment s : segs) {
            Point p = lowestPoint(s.shape());
            if (p.r() < -tol) {
                throw new InvalidGeometryException(String.format(Locale.ROOT,
                        "%s leaves the half-plane r >= 0 at %s; the meridian domain must have r >= 0",
                        s.name(), p));
            }
        }
        checkJoints(segs);
        checkSimple(segs, tol);
        if (signedArea(segs) < 0) {
            List<ContourSegment> rev = new ArrayList<>();
            for (int i = segs.size() - 1; i >= 0; i--) {
                rev.add(segs.get(i).reversed());
            }
            segs = rev;
        }
        return new Contour(segs, size);
    }

    private static ContourSegment axisAware(ContourSegment s, double tol) {
        if (s.shape() instanceof Line line && line.onAxis(tol)) {
            if (s.kind() != BoundaryKind.AXIS && s.kind() != BoundaryKind.METAL) {
                throw new InvalidGeometryException(String.format(Locale.ROOT,
                        "%s lies on the axis r = 0 but is tagged '%s'; the axis is its own boundary kind ('axis')",
                        s.name(), s.kind().key()));
            }
            Point a = new Point(line.from().z(), 0);
            Point b = new Point(line.to().z(), 0);
            return new ContourSegment(new Line(a, b), BoundaryKind.AXIS, s.name());
        }
        if (s.kind() == BoundaryKind.AXIS) {
            throw new InvalidGeometryException(s.name() + " is tagged 'axis' but does not lie on r = 0 ("
                    + s.shape().describe() + ")");
        }
        return s;
    }

    private static double boundingSize(List<ContourSegment> chain) {
        double zmin = Double.POSITIVE_INFINITY, zmax = Double.NEGATIVE_INFINITY;
        double rmin = Double.POSITIVE_INFINITY, rmax = Double.NEGATIVE_INFINITY;
        for (ContourSegment s : chain) {
            for (int k = 0; k <= SAMPLES; k++) {
                Point p = s.shape().pointAt((double) k / SAMPLES);
                zmin = Math.min(zmin, p.z());
                zmax = Math.max(zmax, p.z());
                rmin = Math.min(rmin, p.r());
                rmax = Math.max(rmax, p.r());
            }
        }
        return Math.max(zmax - zmin, rmax - rmin);
    }

    /**
     * Point of smallest r: the lowest polyline sample, refined by golden-section search between its
     * neighbours (r(t) has a single minimum there for lines and arcs), so a dip between samples is
     * not missed.
     */
    private static Point lowestPoint(Segment shape) {
        int best = 0;
        for (int k = 1; k <= SAMPLES; k++) {
            if (shape.pointAt((double) k / SAMPLES).r() < shape.pointAt((double) best / SAMPLES).r()) {
                best = k;
            }
        }
        double lo = Math.max(0, (best - 1.0) / SAMPLES);
        double hi = Math.min(1, (best + 1.0) / SAMPLES);
        double g = (Math.sqrt(5) - 1) / 2;
        for (int iter = 0; iter < 80; iter++) {
            double a = hi - g * (hi - lo);
            double b = lo + g * (hi - lo);
            if (shape.pointAt(a).r() < shape.pointAt(b).r()) {
                hi = b;
            } else {
                lo = a;
            }
        }
        Point inside = shape.pointAt(0.5 * (lo + hi));
        Point sampled = shape.pointAt((double) best / SAMPLES);
        return inside.r() < sampled.r() ? inside : sampled;
    }

    /**
     * Enclosed area by Green's theorem, A = ½ ∮ (z dr − r dz), with composite Gauss-Legendre on
     * each segment: exact for lines, exact to rounding for the (analytic) arcs.
     */
    private static double signedArea(List<ContourSegment> segs) {
        double[] x = {-0.9602898564975363, -0.7966664774136267, -0.5255324099163290, -0.1834346424956498,
            0.1834346424956498, 0.5255324099163290, 0.7966664774136267, 0.9602898564975363};
        double[] w = {0.1012285362903763, 0.2223810344533745, 0.3137066458778873, 0.3626837833783620,
            0.3626837833783620, 0.3137066458778873, 0.2223810344533745, 0.1012285362903763};
        int pieces = 16;
        double area = 0;
        for (ContourSegment s : segs) {
            for (int piece = 0; piece < pieces; piece++) {
                for (int q = 0; q < x.length; q++) {
                    double t = (piece + 0.5 * (x[q] + 1)) / pieces;
                    Point p = s.shape().pointAt(t);
                    Point d = s.shape().derivativeAt(t);
                    area += w[q] * 0.5 / pieces * (p.z() * d.r() - p.r() * d.z());
                }
            }
        }
        return 0.5 * area;
    }

    /**
     * Rejects a contour far from the origin compared with its own size: there the doubles of the
     * node coordinates keep too few digits of the element shapes (1e-16 of the offset), and the
     * frequency drifts with the offset (2e-4 at 1e12 m). Only differences in z matter, so such a
     * contour is to be moved near z = 0; r is measured from the axis and cannot be moved.
     */
    private static void checkOffset(List<ContourSegment> chain, double size) {
        for (ContourSegment s : chain) {
            for (Point p : List.of(s.shape().start(), s.shape().end())) {
                double offset = Math.max(Math.abs(p.z()), Math.abs(p.r()));
                if (offset > MAX_OFFSET * size) {
                    throw new InvalidGeometryException(String.format(Locale.ROOT,
                            "%s reaches %s, %.2g times the contour's size (%.3g m) from the origin; so far out "
                                    + "the coordinates keep too few digits of the element shapes; move the "
                                    + "contour near z = 0 (only differences in z matter)",
                            s.name(), p, offset / size, size));
                }
            }
        }
    }

    /**
     * Rejects joints where the wall folds back on itself: a cusp, where the tangent turns by about
     * 180 degrees (an arc given the wrong direction, a line running back along its predecessor),
     * encloses no area at the joint and leaves a zero-width spike or slit that no mesh can fill.
     */
    private static void checkJoints(List<ContourSegment> segs) {
        int n = segs.size();
        for (int i = 0; i < n; i++) {
            ContourSegment a = segs.get(i);
            ContourSegment b = segs.get((i + 1) % n);
            Point ta = a.shape().derivativeAt(1);
            Point tb = b.shape().derivativeAt(0);
            double turn = Math.atan2(ta.z() * tb.r() - ta.r() * tb.z(), ta.z() * tb.z() + ta.r() * tb.r());
            if (Math.abs(turn) > Math.PI - MIN_JOINT_ANGLE) {
                throw new InvalidGeometryException(String.format(Locale.ROOT,
                        "%s and %s meet at %s in a cusp (the wall turns back by %.2f degrees, leaving a "
                                + "zero-width spike); check the arc's direction or the points of both segments",
                        a.name(), b.name(), a.shape().end(), Math.toDegrees(Math.abs(turn))));
            }
        }
    }

    /**
     * Rejects contours whose segments cross or touch anywhere but at their shared ends. Curved
     * segments are split into {@value #SAMPLES} chords, lines are one piece; a sweep over the
     * pieces sorted by their smallest z tests only pieces whose z ranges overlap, so the cost grows
     * like the number of pieces (times their overlap), not its square.
     */
    private static void checkSimple(List<ContourSegment> segs, double tol) {
        int n = segs.size();
        List<Piece> pieces = new ArrayList<>();
        int[] pieceCount = new int[n];
        for (int i = 0; i < n; i++) {
            Segment shape = segs.get(i).shape();
            int m = shape instanceof Line ? 1 : SAMPLES;
            pieceCount[i] = m;
            Point previous = shape.pointAt(0);
            for (int k = 0; k < m; k++) {
                Point next = shape.pointAt((double) (k + 1) / m);
                pieces.add(new Piece(i, k, previous, next));
                previous = next;
            }
        }
        pieces.sort((x, y) -> Double.compare(x.zMin(), y.zMin()));
        Piece[] first = null;
        for (int p = 0; p < pieces.size(); p++) {
            Piece u = pieces.get(p);
            for (int q = p + 1; q < pieces.size(); q++) {
                Piece v = pieces.get(q);
                if (v.zMin() > u.zMax() + tol) {
                    break;
                }
                if (v.rMin() > u.rMax() + tol || u.rMin() > v.rMax() + tol
                        || adjacent(u, v, pieceCount, n) || !crosses(u.from(), u.to(), v.from(), v.to(), tol)) {
                    continue;
                }
                Piece[] pair = u.before(v) ? new Piece[] {u, v} : new Piece[] {v, u};
                if (first == null || pair[0].before(first[0])
                        || (pair[0] == first[0] && pair[1].before(first[1]))) {
                    first = pair;
                }
            }
        }
        if (first != null) {
            throw new InvalidGeometryException(String.format(Locale.ROOT,
                    "the contour crosses itself: %s meets %s near %s",
                    segs.get(first[0].segment()).name(), segs.get(first[1].segment()).name(), first[0].from()));
        }
    }

    /** One chord of a segment, with its bounding box. */
    private record Piece(int segment, int index, Point from, Point to) {

        double zMin() {
            return Math.min(from.z(), to.z());
        }

        double zMax() {
            return Math.max(from.z(), to.z());
        }

        double rMin() {
            return Math.min(from.r(), to.r());
        }

        double rMax() {
            return Math.max(from.r(), to.r());
        }

        /** Order along the chain: by segment, then along it. */
        boolean before(Piece other) {
            return segment != other.segment ? segment < other.segment : index < other.index;
        }
    }

    /** True for pieces that share an end by construction: neighbours along a segment or across a joint. */
    private static boolean adjacent(Piece u, Piece v, int[] pieceCount, int n) {
        if (u.segment() == v.segment()) {
            return Math.abs(u.index() - v.index()) <= 1;
        }
        return joins(u, v, pieceCount, n) || joins(v, u, pieceCount, n);
    }

    /** True when u is the last piece of its segment and v the first piece of the next segment. */
    private static boolean joins(Piece u, Piece v, int[] pieceCount, int n) {
        return v.segment() == (u.segment() + 1) % n && u.index() == pieceCount[u.segment()] - 1 && v.index() == 0;
    }

    private static boolean crosses(Point p1, Point p2, Point q1, Point q2, double tol) {
        double d1 = orient(q1, q2, p1);
        double d2 = orient(q1, q2, p2);
        double d3 = orient(p1, p2, q1);
        double d4 = orient(p1, p2, q2);
        double eps = tol * tol;
        if (((d1 > eps && d2 < -eps) || (d1 < -eps && d2 > eps))
                && ((d3 > eps && d4 < -eps) || (d3 < -eps && d4 > eps))) {
            return true;
        }
        // Touching: an end of one piece lies on the other piece (pieces that share an end by
        // construction never get here).
        return onSegment(q1, q2, p1, tol) || onSegment(q1, q2, p2, tol)
                || onSegment(p1, p2, q1, tol) || onSegment(p1, p2, q2, tol);
    }

    private static double orient(Point a, Point b, Point c) {
        return (b.z() - a.z()) * (c.r() - a.r()) - (b.r() - a.r()) * (c.z() - a.z());
    }

    /** True when p lies within tol of the closed piece [a, b] (its ends included). */
    private static boolean onSegment(Point a, Point b, Point p, double tol) {
        double dz = b.z() - a.z();
        double dr = b.r() - a.r();
        double len2 = dz * dz + dr * dr;
        double t = len2 == 0 ? 0 : ((p.z() - a.z()) * dz + (p.r() - a.r()) * dr) / len2;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(a.z() + t * dz - p.z(), a.r() + t * dr - p.r()) <= tol;
    }

    /** The segments, counter-clockwise in (z, r). */
    public List<ContourSegment> segments() {
        return segments;
    }

    /** Segment number {@code i}. */
    public ContourSegment segment(int i) {
        return segments.get(i);
    }

    /** Number of segments. */
    public int size() {
        return segments.size();
    }

    /** Larger side of the bounding box (m). */
    public double boundingSize() {
        return size;
    }

    /** Area enclosed in the meridian plane (m²). */
    public double area() {
        return signedArea(segments);
    }

    /** True when some segment lies on the axis r = 0. */
    public boolean touchesAxis() {
        return segments.stream().anyMatch(s -> s.kind() == BoundaryKind.AXIS);
    }
}
