package org.cavityfem.casefile.superfish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cavityfem.casefile.CaseException;
import org.cavityfem.casefile.ContourGeometry;
import org.cavityfem.casefile.SourceLocation;
import org.cavityfem.casefile.WallSegment;
import org.cavityfem.casefile.WallSegment.ArcTo;
import org.cavityfem.casefile.WallSegment.EllipticArcTo;
import org.cavityfem.casefile.WallSegment.LineTo;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Point;

/**
 * Turns the {@code &po} points of an Automesh file into a contour (rules in {@link AutomeshImport}).
 * Superfish's x is z and its y is r; lengths are scaled to metres on reading.
 */
final class ContourBuilder {

    /** Relative mismatch below which a point counts as on its arc without correction. */
    private static final double EXACT = 1e-12;
    /** Relative tolerance of a point repeated or closing the contour. */
    private static final double CLOSING = 1e-7;

    private final String file;
    private final AutomeshImport.RegSettings reg;
    private final List<String> notes;
    private final List<SourceLocation> segmentLines = new ArrayList<>();

    ContourBuilder(String file, AutomeshImport.RegSettings reg, List<String> notes) {
        this.file = file;
        this.reg = reg;
        this.notes = notes;
    }

    ContourGeometry build(List<Namelist> points, SourceLocation regAt) {
        for (Namelist p : points) {
            for (Namelist.Assignment a : p.assignments()) {
                if (!isPoVariable(a.name())) {
                    throw new CaseException(file, "", a.location(), "unknown variable '" + a.name() + "' in &po; "
                            + "the variables read are nt, x, y, x0, y0, r, theta, a, b, aovrb, radius");
                }
            }
        }
        if (points.size() < 3) {
            throw new CaseException(file, "", points.isEmpty() ? regAt : points.get(points.size() - 1).location(),
                    "a closed contour needs at least 3 &po points (the first repeated at the end), got "
                            + points.size());
        }
        AutomeshImport.Values first = new AutomeshImport.Values(file, points.get(0));
        int nt0 = first.integer("nt", 1);
        if (nt0 != 1) {
            throw new CaseException(file, "", first.at("nt"), "the first &po point starts the contour and cannot "
                    + "end an arc (nt=" + nt0 + "); give the arc's start point first");
        }
        Point start = linePoint(first);
        double size = Math.max(1e-300, maxAbs(points));
        List<WallSegment> segments = new ArrayList<>();
        List<SourceLocation> lines = new ArrayList<>();
        Point from = start;
        for (int i = 1; i < points.size(); i++) {
            Namelist p = points.get(i);
            AutomeshImport.Values v = new AutomeshImport.Values(file, p);
            int nt = v.integer("nt", 1);
            WallSegment s = switch (nt) {
                case 1 -> new LineTo(linePoint(v), BoundaryKind.METAL);
                case 2, 4, 5 -> arc(v, nt, from, points.get(i - 1).location());
                case 3 -> throw new CaseException(file, "", v.at("nt"), "nt=3 (a hyperbola) has no counterpart in a "
                        + "case contour; replace it by lines and arcs");
                default -> throw new CaseException(file, "", v.at("nt"), "nt=" + nt + " is not a segment type; use "
                        + "nt=1 (line) or nt=2 (arc)");
            };
            if (from.distance(s.to()) <= CLOSING * size) {
                throw new CaseException(file, "", p.location(), "the point repeats the previous one "
                        + AutomeshImport.xy(from, reg.metresPerUnit()) + "; remove it");
            }
            segments.add(s);
            lines.add(p.location());
            from = s.to();
        }
        double gap = from.distance(start);
        if (gap > CLOSING * size) {
            throw new CaseException(file, "", lines.get(lines.size() - 1), "the points do not close the contour: "
                    + "the last point is " + AutomeshImport.xy(from, reg.metresPerUnit()) + " but the first (line "
                    + points.get(0).location().line() + ") is " + AutomeshImport.xy(start, reg.metresPerUnit())
                    + "; end with the first point again");
        }
        int last = segments.size() - 1;
        segments.set(last, withEnd(segments.get(last), start));
        if (segments.size() < 2) {
            throw new CaseException(file, "", lines.get(0), "a closed contour needs at least 2 segments");
        }
        segmentLines.addAll(lines);
        return new ContourGeometry(start, boundaries(start, segments));
    }

    /** Where each segment of the last contour built is drawn. */
    List<SourceLocation> segmentLines() {
        return List.copyOf(segmentLines);
    }

    private static boolean isPoVariable(String v) {
        return switch (v) {
            case "nt", "x", "y", "x0", "y0", "r", "theta", "a", "b", "aovrb", "radius" -> true;
            default -> false;
        };
    }

    private double maxAbs(List<Namelist> points) {
        double m = 0;
        for (Namelist p : points) {
            for (Namelist.Assignment a : p.assignments()) {
                if (!a.name().equals("nt") && !a.name().equals("theta") && !a.name().equals("aovrb")) {
                    m = Math.max(m, Math.abs(new AutomeshImport.Values(file, p).number(a.name(), 0)));
                }
            }
        }
        return m * reg.metresPerUnit();
    }

    /** (x, y), or the polar point about (x0, y0). */
    private Point linePoint(AutomeshImport.Values v) {
        double u = reg.metresPerUnit();
        if (v.has("r") || v.has("theta")) {
            require(v, "r", "theta");
            double[] c = {v.number("x0", 0) * u, v.number("y0", 0) * u};
            double r = v.number("r", 0) * u;
            double t = Math.toRadians(v.number("theta", 0));
            return new Point(c[0] + r * Math.cos(t), c[1] + r * Math.sin(t));
        }
        require(v, "x", "y");
        for (String k : List.of("a", "b", "aovrb", "radius")) {
            if (v.has(k)) {
                throw new CaseException(file, "", v.at(k), k + " belongs to an arc (nt=2); this point is a line "
                        + "(nt=1)");
            }
        }
        return new Point(v.number("x", 0) * u, v.number("y", 0) * u);
    }

    private void require(AutomeshImport.Values v, String p, String q) {
        if (!v.has(p) || !v.has(q)) {
            String missing = v.has(p) ? q : p;
            throw new CaseException(file, "", v.at(v.has(p) ? p : q), "the point needs both " + p + " and " + q
                    + "; " + missing + " is missing");
        }
    }

    private WallSegment arc(AutomeshImport.Values v, int nt, Point from, SourceLocation previous) {
        double u = reg.metresPerUnit();
        Point c = new Point(v.number("x0", 0) * u, v.number("y0", 0) * u);
        double ex;
        double ey;
        if (v.has("r") || v.has("theta")) {
            require(v, "r", "theta");
            double r = v.number("r", 0) * u;
            double t = Math.toRadians(v.number("theta", 0));
            ex = r * Math.cos(t);
            ey = r * Math.sin(t);
        } else {
            require(v, "x", "y");
            ex = v.number("x", 0) * u;
            ey = v.number("y", 0) * u;
        }
        double a;
        double b;
        if (v.has("a") || v.has("b")) {
            require(v, "a", "b");
            if (v.has("aovrb")) {
                throw new CaseException(file, "", v.at("aovrb"), "give either a and b or aovrb, not both");
            }
            a = v.number("a", 0) * u;
            b = v.number("b", 0) * u;
        } else if (v.has("aovrb")) {
            double ratio = v.number("aovrb", 0);
            if (!(ratio > 0)) {
                throw new CaseException(file, "", v.at("aovrb"), "aovrb must be positive, got " + ratio);
            }
            b = Math.hypot(ex / ratio, ey);
            a = ratio * b;
        } else if (v.has("radius")) {
            a = v.number("radius", 0) * u;
            b = a;
        } else {
            a = Math.hypot(ex, ey);
            b = a;
        }
        if (!(a > 0 && b > 0)) {
            throw new CaseException(file, "", v.at(v.has("a") ? "a" : "nt"), "the arc's radius or semi-axes must be "
                    + "positive");
        }
        boolean circle = Math.abs(a - b) <= EXACT * Math.max(a, b);
        if (!circle && nt != 2) {
            throw new CaseException(file, "", v.at("nt"), "nt=" + nt + " maps only when it describes a circle; "
                    + "this one has semi-axes a=" + a / u + ", b=" + b / u + " (use nt=2 for an elliptic arc)");
        }
        // The start must lie on the curve; a small mismatch (digits lost in the file) rescales it.
        double ss = scale(from.z() - c.z(), from.r() - c.r(), a, b);
        if (Math.abs(ss - 1) > AutomeshImport.SNAP_TOLERANCE) {
            throw new CaseException(file, "", v.at("nt"), String.format(Locale.ROOT, "the arc's start, the previous "
                    + "point %s (line %d), is not on its %s about (x0=%.9g, y0=%.9g): off by %.3g %%; fix the "
                    + "centre or the points", AutomeshImport.xy(from, u), previous.line(), circle ? "circle" : "ellipse",
                    c.z() / u, c.r() / u, 100 * Math.abs(ss - 1)));
        }
        if (Math.abs(ss - 1) > EXACT) {
            notes.add(String.format(Locale.ROOT, "%s:%d: the arc's %s is scaled by %.3g to pass through its start "
                    + "point (line %d)", file, v.at("nt").line(), circle ? "radius" : "semi-axes", ss,
                    previous.line()));
            a *= ss;
            b *= ss;
        }
        double se = scale(ex, ey, a, b);
        if (Math.abs(se - 1) > AutomeshImport.SNAP_TOLERANCE) {
            throw new CaseException(file, "", v.at("nt"), String.format(Locale.ROOT, "the arc's end point is not on "
                    + "its %s through the start point: off by %.3g %%; fix the point, the centre or the semi-axes",
                    circle ? "circle" : "ellipse", 100 * Math.abs(se - 1)));
        }
        if (Math.abs(se - 1) > EXACT) {
            notes.add(String.format(Locale.ROOT, "%s:%d: the arc's end point is moved by %.3g (relative) onto its "
                    + "%s", file, v.at("nt").line(), Math.abs(se - 1), circle ? "circle" : "ellipse"));
            ex /= se;
            ey /= se;
        }
        Point to = new Point(c.z() + ex, c.r() + ey);
        double t0 = Math.atan2((from.r() - c.r()) / b, (from.z() - c.z()) / a);
        double t1 = Math.atan2(ey / b, ex / a);
        double ccwSweep = t1 - t0;
        while (ccwSweep < 0) {
            ccwSweep += 2 * Math.PI;
        }
        while (ccwSweep >= 2 * Math.PI) {
            ccwSweep -= 2 * Math.PI;
        }
        if (Math.abs(ccwSweep - Math.PI) < 1e-9) {
            throw new CaseException(file, "", v.at("nt"), "the arc is a half circle or half ellipse, so which of the "
                    + "two halves is meant is ambiguous; split it in two with a point between");
        }
        boolean ccw = ccwSweep < Math.PI;
        return circle ? new ArcTo(to, c, ccw, BoundaryKind.METAL)
                : new EllipticArcTo(to, c, a, b, ccw, BoundaryKind.METAL);
    }

    /** sqrt((dx/a)² + (dy/b)²): 1 on the curve. */
    private static double scale(double dx, double dy, double a, double b) {
        return Math.hypot(dx / a, dy / b);
    }

    private static WallSegment withEnd(WallSegment s, Point end) {
        if (s instanceof LineTo l) {
            return new LineTo(end, l.boundary());
        } else if (s instanceof ArcTo a) {
            return new ArcTo(end, a.center(), a.counterClockwise(), a.boundary());
        }
        EllipticArcTo e = (EllipticArcTo) s;
        return new EllipticArcTo(end, e.center(), e.semiAxisZ(), e.semiAxisR(), e.counterClockwise(), e.boundary());
    }

    /** The boundary flags on the straight segments along the edges of the bounding box. */
    private List<WallSegment> boundaries(Point start, List<WallSegment> segments) {
        double zmin = start.z();
        double zmax = start.z();
        double rmin = start.r();
        double rmax = start.r();
        for (WallSegment s : segments) {
            zmin = Math.min(zmin, s.to().z());
            zmax = Math.max(zmax, s.to().z());
            rmin = Math.min(rmin, s.to().r());
            rmax = Math.max(rmax, s.to().r());
        }
        double tol = CLOSING * Math.max(Math.max(Math.abs(zmin), Math.abs(zmax)), rmax);
        List<WallSegment> out = new ArrayList<>();
        Point from = start;
        for (WallSegment s : segments) {
            WallSegment w = s;
            if (s instanceof LineTo) {
                Point to = s.to();
                int flag = -1;
                if (near(from.r(), rmax, tol) && near(to.r(), rmax, tol)) {
                    flag = reg.nbsup();
                } else if (near(from.r(), rmin, tol) && near(to.r(), rmin, tol) && rmin > tol) {
                    flag = reg.nbslo();
                } else if (near(from.z(), zmax, tol) && near(to.z(), zmax, tol)) {
                    flag = reg.nbsrt();
                } else if (near(from.z(), zmin, tol) && near(to.z(), zmin, tol)) {
                    flag = reg.nbslf();
                }
                if (flag == 1) {
                    w = s.withBoundary(BoundaryKind.MAGNETIC);
                }
            }
            out.add(w);
            from = s.to();
        }
        return out;
    }

    private static boolean near(double a, double b, double tol) {
        return Math.abs(a - b) <= tol;
    }
}
