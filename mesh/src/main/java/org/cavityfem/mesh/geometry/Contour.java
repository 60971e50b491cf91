package org.cavityfem.mesh.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A closed, simple chain of segments bounding the meridian-plane domain, stored counter-clockwise
 * in the (z, r) plane (domain on the left of every segment).
 *
 * <p>Construction validates the chain: every segment has positive length, each ends where the
 * next begins, the whole contour stays in r >= 0, it does not cross itself, and segments lying on
 * r = 0 are the symmetry axis (their kind becomes {@link BoundaryKind#AXIS}).
 */
public final class Contour {

    /** Polyline pieces per segment used for the r >= 0 and self-intersection checks. */
    private static final int SAMPLES = 64;

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

    /** Rejects contours whose segments cross or touch anywhere but at their shared ends. */
    private static void checkSimple(List<ContourSegment> segs, double tol) {
        int n = segs.size();
        Point[][] poly = new Point[n][SAMPLES + 1];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k <= SAMPLES; k++) {
                poly[i][k] = segs.get(i).shape().pointAt((double) k / SAMPLES);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                for (int a = 0; a < SAMPLES; a++) {
                    for (int b = (i == j ? a + 2 : 0); b < SAMPLES; b++) {
                        if (sharedEnd(i, a, j, b, n)) {
                            continue;
                        }
                        if (crosses(poly[i][a], poly[i][a + 1], poly[j][b], poly[j][b + 1], tol)) {
                            throw new InvalidGeometryException(String.format(Locale.ROOT,
                                    "the contour crosses itself: %s meets %s near %s",
                                    segs.get(i).name(), segs.get(j).name(), poly[i][a]));
                        }
                    }
                }
            }
        }
    }

    /**
     * True for pieces of different segments that meet at the joint between those segments (the
     * caller already skips neighbouring pieces of one segment).
     */
    private static boolean sharedEnd(int i, int a, int j, int b, int n) {
        if (i == j) {
            return false;
        }
        if (j == i + 1 && a == SAMPLES - 1 && b == 0) {
            return true;
        }
        return i == 0 && j == n - 1 && a == 0 && b == SAMPLES - 1;
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
