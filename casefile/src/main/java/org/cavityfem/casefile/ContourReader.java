package org.cavityfem.casefile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cavityfem.casefile.WallSegment.ArcTo;
import org.cavityfem.casefile.WallSegment.EllipticArcTo;
import org.cavityfem.casefile.WallSegment.LineTo;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Point;
import org.cavityfem.units.Units;

/**
 * Reads a {@code "type": "contour"} geometry and checks what can be checked on the written numbers:
 * each arc's end lies on the circle or ellipse its start defines, no segment has zero length, and
 * the chain closes. Crossings and r < 0 excursions of curves are found later by the contour itself.
 */
final class ContourReader {

    /** Largest relative mismatch between the distances of an arc's two ends from its centre. */
    static final double ON_CURVE_TOLERANCE = 1e-7;
    /** Closing and zero-length tolerance, relative to the size of the contour's points. */
    static final double CLOSING_TOLERANCE = 1e-9;

    private static final List<String> SEGMENT_TYPES = List.of("line", "arc", "ellipticArc");
    private static final List<String> DIRECTIONS = List.of("ccw", "cw");
    private static final String POINT_EXAMPLE = "{\"z\": \"0 mm\", \"r\": \"10 mm\"}";

    private ContourReader() {
    }

    static ContourGeometry contour(Section g) {
        Point start = g.point("start");
        int n = g.arraySize("segments", "[{\"type\": \"line\", \"to\": " + POINT_EXAMPLE + "}, ...]");
        if (n < 2) {
            throw g.error("segments", "a closed contour needs at least 2 segments, got " + n);
        }
        List<WallSegment> segments = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        Point from = start;
        for (int i = 0; i < n; i++) {
            Section s = g.element("segments", i);
            WallSegment seg = segment(s, from);
            segments.add(seg);
            sections.add(s);
            from = seg.to();
        }
        double size = size(start, segments);
        for (int i = 0; i < n; i++) {
            Point segStart = i == 0 ? start : segments.get(i - 1).to();
            if (segStart.distance(segments.get(i).to()) <= CLOSING_TOLERANCE * size) {
                throw sections.get(i).error("to", "the segment has zero length: \"to\" is its start point "
                        + segStart + "; remove the segment or move its end");
            }
        }
        Point last = segments.get(n - 1).to();
        if (last.distance(start) > CLOSING_TOLERANCE * size) {
            throw sections.get(n - 1).error("to", String.format(Locale.ROOT,
                    "the contour does not close: the last segment ends at %s but geometry.start is %s; "
                            + "end the last segment at the start point (or add a segment back to it)",
                    last, start));
        }
        return new ContourGeometry(start, segments);
    }

    private static WallSegment segment(Section s, Point from) {
        String type = Keys.choice(s, "type", s.string("type", "\"line\""), SEGMENT_TYPES);
        switch (type) {
            case "line": {
                s.allowOnly("a line segment", "type", "to", "boundary");
                return new LineTo(s.point("to"), boundary(s));
            }
            case "arc": {
                s.allowOnly("an arc segment", "type", "to", "center", "direction", "boundary");
                Point to = s.point("to");
                Point center = s.point("center");
                checkOnCircle(s, from, to, center);
                return new ArcTo(to, center, counterClockwise(s), boundary(s));
            }
            default: {
                s.allowOnly("an elliptic arc segment", "type", "to", "center", "semiAxisZ", "semiAxisR", "direction",
                        "boundary");
                Point to = s.point("to");
                Point center = s.point("center");
                double a = s.positiveLength("semiAxisZ");
                double b = s.positiveLength("semiAxisR");
                checkOnEllipse(s, from, to, center, a, b);
                return new EllipticArcTo(to, center, a, b, counterClockwise(s), boundary(s));
            }
        }
    }

    private static void checkOnCircle(Section s, Point from, Point to, Point center) {
        double r0 = from.distance(center);
        double r1 = to.distance(center);
        if (r0 == 0) {
            throw s.error("center", "the centre is the arc's start point " + from + ", so the circle has no radius");
        }
        if (Math.abs(r1 - r0) > ON_CURVE_TOLERANCE * r0) {
            throw s.error("to", String.format(Locale.ROOT,
                    "\"to\" %s is not on the arc's circle: the start %s is %s from the centre %s but \"to\" is "
                            + "%s from it (relative mismatch %.2g, allowed %.0g); move \"to\" or the centre so "
                            + "that both ends are at the same distance", to, from, length(r0), center, length(r1),
                    Math.abs(r1 - r0) / r0, ON_CURVE_TOLERANCE));
        }
    }

    private static void checkOnEllipse(Section s, Point from, Point to, Point center, double a, double b) {
        double rho0 = ellipseRadius(from, center, a, b);
        double rho1 = ellipseRadius(to, center, a, b);
        String ellipse = String.format(Locale.ROOT, "the ellipse about %s with semi-axes %s (z) and %s (r)",
                center, length(a), length(b));
        String fix = "check the centre, the semi-axes and both end points";
        if (Math.abs(rho0 - 1) > ON_CURVE_TOLERANCE) {
            throw s.error(String.format(Locale.ROOT,
                    "the segment's start %s (the previous segment's end) is not on %s: (dz/a)² + (dr/b)² = %.9g "
                            + "instead of 1; %s", from, ellipse, rho0 * rho0, fix));
        }
        if (Math.abs(rho1 - 1) > ON_CURVE_TOLERANCE) {
            throw s.error("to", String.format(Locale.ROOT,
                    "\"to\" %s is not on %s: (dz/a)² + (dr/b)² = %.9g at \"to\" but %.9g at the start; %s",
                    to, ellipse, rho1 * rho1, rho0 * rho0, fix));
        }
    }

    /** sqrt((dz/a)² + (dr/b)²): 1 on the ellipse. */
    private static double ellipseRadius(Point p, Point center, double a, double b) {
        return Math.hypot((p.z() - center.z()) / a, (p.r() - center.r()) / b);
    }

    private static String length(double metres) {
        return Units.formatForMessage(metres, Units.Dimension.LENGTH);
    }

    private static boolean counterClockwise(Section s) {
        return Keys.choice(s, "direction", s.string("direction", "\"ccw\""), DIRECTIONS).equals("ccw");
    }

    private static BoundaryKind boundary(Section s) {
        if (!s.has("boundary")) {
            return BoundaryKind.METAL;
        }
        List<String> keys = Arrays.stream(BoundaryKind.values()).map(BoundaryKind::key).toList();
        String key = Keys.choice(s, "boundary", s.string("boundary", "\"metal\""), keys);
        return BoundaryKind.valueOf(key.toUpperCase(Locale.ROOT));
    }

    private static double size(Point start, List<WallSegment> segments) {
        double zmin = start.z(), zmax = start.z(), rmin = start.r(), rmax = start.r();
        for (WallSegment s : segments) {
            zmin = Math.min(zmin, s.to().z());
            zmax = Math.max(zmax, s.to().z());
            rmin = Math.min(rmin, s.to().r());
            rmax = Math.max(rmax, s.to().r());
        }
        return Math.max(Math.max(zmax - zmin, rmax - rmin), Double.MIN_NORMAL);
    }
}
