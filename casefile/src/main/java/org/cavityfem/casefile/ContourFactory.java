package org.cavityfem.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cavityfem.casefile.WallSegment.ArcTo;
import org.cavityfem.casefile.WallSegment.EllipticArcTo;
import org.cavityfem.casefile.WallSegment.LineTo;
import org.cavityfem.mesh.geometry.CircularArc;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.EllipticArc;
import org.cavityfem.mesh.geometry.InvalidGeometryException;
import org.cavityfem.mesh.geometry.Line;
import org.cavityfem.mesh.geometry.Point;
import org.cavityfem.mesh.geometry.Segment;

/**
 * Turns a case's geometry into a validated wall contour. Segments of a general contour are named
 * by their JSON path ({@code geometry.segments[2]}), so that the contour's own checks (crossings,
 * r &lt; 0) point back into the case file.
 */
public final class ContourFactory {

    /** Path of the geometry section in a case file. */
    public static final String GEOMETRY = "geometry";

    private static final Pattern SEGMENT_PATH = Pattern.compile("geometry\\.segments\\[\\d+\\]");

    private ContourFactory() {
    }

    /**
     * Builds and validates the contour of a case.
     *
     * @throws CaseException when the geometry is not a valid contour; the message names the segment
     */
    public static Contour build(CaseFile caseFile) {
        try {
            return contour(caseFile.definition().geometry());
        } catch (InvalidGeometryException e) {
            throw located(caseFile, GEOMETRY, e.getMessage());
        }
    }

    /**
     * An error about {@code section} whose message may name contour segments by path; it is located
     * at the first segment named, or at the section.
     */
    public static CaseException located(CaseFile caseFile, String section, String message) {
        Matcher m = SEGMENT_PATH.matcher(message);
        String where = m.find() ? m.group() : section;
        SourceLocation loc = caseFile.document().valueLocation(where);
        if (!loc.isKnown()) {
            loc = caseFile.document().valueLocation(section);
        }
        return new CaseException(caseFile.file(), section, loc, message);
    }

    /**
     * The contour of a geometry.
     *
     * @throws InvalidGeometryException when it is not a valid contour
     */
    public static Contour contour(Geometry geometry) {
        return geometry.contour();
    }

    /** Segment name of segment {@code i} of a contour geometry: its JSON path. */
    public static String segmentName(int i) {
        return JsonDocument.element(JsonDocument.member(GEOMETRY, "segments"), i);
    }

    /** The named segments of a general contour, each starting exactly where the previous one ends. */
    static List<ContourSegment> segments(ContourGeometry g) {
        List<ContourSegment> out = new ArrayList<>();
        int n = g.segments().size();
        Point from = g.start();
        for (int i = 0; i < n; i++) {
            WallSegment seg = g.segments().get(i);
            // The last segment ends exactly at the start, and each segment starts exactly where the
            // previous curve ends, so that the chain is closed to rounding.
            Point to = i == n - 1 ? g.start() : seg.to();
            Segment shape = shape(seg, from, to);
            out.add(new ContourSegment(shape, seg.boundary(), segmentName(i)));
            from = seg instanceof LineTo ? to : shape.end();
        }
        return out;
    }

    private static Segment shape(WallSegment seg, Point from, Point to) {
        if (seg instanceof LineTo) {
            return new Line(from, to);
        }
        if (seg instanceof ArcTo a) {
            return CircularArc.through(from, to, a.center(), a.counterClockwise());
        }
        EllipticArcTo e = (EllipticArcTo) seg;
        double a = e.semiAxisZ();
        double b = e.semiAxisR();
        Point c = e.center();
        double theta0 = Math.atan2((from.r() - c.r()) / b, (from.z() - c.z()) / a);
        double theta1 = Math.atan2((to.r() - c.r()) / b, (to.z() - c.z()) / a);
        return new EllipticArc(c, a, b, theta0, sweep(theta0, theta1, e.counterClockwise()));
    }

    /** Signed angle from theta0 to theta1 (rad), in (0, 2π] counter-clockwise or [-2π, 0) clockwise. */
    static double sweep(double theta0, double theta1, boolean counterClockwise) {
        double sweep = theta1 - theta0;
        if (counterClockwise) {
            while (sweep <= 0) {
                sweep += 2 * Math.PI;
            }
        } else {
            while (sweep >= 0) {
                sweep -= 2 * Math.PI;
            }
        }
        return sweep;
    }
}
