package org.cavityfem.mesh.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContourTest {

    private static ContourSegment line(double z0, double r0, double z1, double r1, String name) {
        return new ContourSegment(new Line(new Point(z0, r0), new Point(z1, r1)), BoundaryKind.METAL, name);
    }

    /** Unit square [0, 1] x [1, 2], counter-clockwise. */
    private static List<ContourSegment> square() {
        return List.of(line(0, 1, 1, 1, "bottom"), line(1, 1, 1, 2, "right"), line(1, 2, 0, 2, "top"),
                line(0, 2, 0, 1, "left"));
    }

    private static String failure(List<ContourSegment> chain) {
        return assertThrows(InvalidGeometryException.class, () -> Contour.of(chain)).getMessage();
    }

    @Test
    void rejectsAChainThatDoesNotClose() {
        List<ContourSegment> chain = new ArrayList<>(square());
        chain.set(2, line(1, 2, 0.2, 2, "top"));
        String message = failure(chain);
        assertTrue(message.contains("does not close") && message.contains("top") && message.contains("left"), message);
    }

    @Test
    void rejectsAChainThatCrossesItself() {
        // A bow tie: the two slanted edges cross at (0.5, 1.5).
        List<ContourSegment> chain = List.of(line(0, 1, 1, 2, "diagonalUp"), line(1, 2, 1, 1, "right"),
                line(1, 1, 0, 2, "diagonalDown"), line(0, 2, 0, 1, "left"));
        String message = failure(chain);
        assertTrue(message.contains("crosses itself") && message.contains("diagonalUp")
                && message.contains("diagonalDown"), message);
    }

    @Test
    void rejectsAChainThatTouchesItselfAtAVertex() {
        // Two triangles joined only at their common apex (1, 2).
        List<ContourSegment> chain = List.of(line(0, 1, 1, 2, "a1"), line(1, 2, 2, 1, "a2"), line(2, 1, 2, 3, "a3"),
                line(2, 3, 1, 2, "a4"), line(1, 2, 0, 3, "a5"), line(0, 3, 0, 1, "a6"));
        String message = failure(chain);
        assertTrue(message.contains("crosses itself") || message.contains("touches itself"), message);
    }

    @Test
    void rejectsAChainThatLeavesTheHalfPlane() {
        List<ContourSegment> chain = List.of(
                new ContourSegment(new CircularArc(new Point(0, 0.5), 1, 0, Math.PI), BoundaryKind.METAL, "bulge"),
                new ContourSegment(new CircularArc(new Point(0, 0.5), 1, Math.PI, Math.PI), BoundaryKind.METAL, "dip"));
        String message = failure(chain);
        assertTrue(message.contains("dip") && message.contains("r >= 0"), message);
    }

    @Test
    void rejectsAnArcDippingBelowTheAxisBetweenSamples() {
        // Lowest point r = -1e-6 m at θ = -π/2, halfway between two of the 64 polyline samples,
        // where the samples themselves stay above the axis.
        double radius = 1;
        double dip = 1e-6;
        Point center = new Point(0, radius - dip);
        double a0 = -Math.PI / 2 - 0.3 + 0.6 / 128;
        CircularArc bottom = new CircularArc(center, radius, a0, 0.6);
        Point s = bottom.start();
        Point e = bottom.end();
        List<ContourSegment> chain = List.of(new ContourSegment(bottom, BoundaryKind.METAL, "bottom"),
                line(e.z(), e.r(), e.z(), 1, "right"), line(e.z(), 1, s.z(), 1, "top"), line(s.z(), 1, s.z(), s.r(), "left"));
        String message = failure(chain);
        assertTrue(message.contains("bottom") && message.contains("r >= 0"), message);
    }

    @Test
    void rejectsAZeroLengthSegment() {
        List<ContourSegment> chain = new ArrayList<>(square());
        chain.add(2, line(1, 2, 1, 2, "stub"));
        String message = failure(chain);
        assertTrue(message.contains("stub") && message.contains("zero length"), message);
    }

    @Test
    void detectsTheAxisAndRejectsMistaggedAxisSegments() {
        List<ContourSegment> chain = List.of(line(0, 0, 1, 0, "axisPart"), line(1, 0, 1, 1, "right"),
                line(1, 1, 0, 1, "top"), line(0, 1, 0, 0, "left"));
        Contour contour = Contour.of(chain);
        assertEquals(BoundaryKind.AXIS, contour.segment(0).kind());
        assertEquals(BoundaryKind.METAL, contour.segment(1).kind());
        assertTrue(contour.touchesAxis());

        List<ContourSegment> magneticAxis = new ArrayList<>(chain);
        magneticAxis.set(0, new ContourSegment(new Line(new Point(0, 0), new Point(1, 0)), BoundaryKind.MAGNETIC,
                "axisPart"));
        String message = failure(magneticAxis);
        assertTrue(message.contains("axisPart") && message.contains("axis"), message);

        List<ContourSegment> offAxis = new ArrayList<>(square());
        offAxis.set(0, new ContourSegment(new Line(new Point(0, 1), new Point(1, 1)), BoundaryKind.AXIS, "bottom"));
        message = failure(offAxis);
        assertTrue(message.contains("bottom") && message.contains("r = 0"), message);
    }

    @Test
    void turnsClockwiseInputCounterClockwise() {
        List<ContourSegment> ccw = square();
        List<ContourSegment> cw = new ArrayList<>();
        for (int i = ccw.size() - 1; i >= 0; i--) {
            cw.add(ccw.get(i).reversed());
        }
        Contour contour = Contour.of(cw);
        assertEquals(1.0, contour.area(), 1e-14);
        assertEquals("bottom", contour.segment(0).name());
        assertEquals(new Point(0, 1), contour.segment(0).shape().start());
        assertEquals(new Point(1, 1), contour.segment(0).shape().end());
        for (int i = 0; i < contour.size(); i++) {
            Point end = contour.segment(i).shape().end();
            Point nextStart = contour.segment((i + 1) % contour.size()).shape().start();
            assertTrue(end.distance(nextStart) < 1e-15);
        }
    }

    /** Half disc of radius 2 over the axis: area 2π (not the area of an inscribed polygon). */
    @Test
    void areaIsExactForCurvedWalls() {
        Contour halfDisc = Contour.of(List.of(
                new ContourSegment(new CircularArc(new Point(0, 0), 2, 0, Math.PI), BoundaryKind.METAL, "arc"),
                line(-2, 0, 2, 0, "axis")));
        assertEquals(2 * Math.PI, halfDisc.area(), 1e-13);
        Contour halfEllipse = Contour.of(List.of(
                new ContourSegment(new EllipticArc(new Point(1, 0), 3, 0.5, 0, Math.PI), BoundaryKind.METAL, "arc"),
                line(-2, 0, 4, 0, "axis")));
        assertEquals(Math.PI * 3 * 0.5 / 2, halfEllipse.area(), 1e-13);
    }

    /**
     * A rectangle whose top is a semicircle given the wrong turning sense: the arc dips into the
     * rectangle instead of bulging out of it, and meets both sides in cusps (the wall turns back by
     * 180 degrees), leaving zero-width spikes at (2, 2) and (0, 2).
     */
    @Test
    void rejectsACuspFromAnArcGivenTheWrongDirection() {
        Point center = new Point(1, 2);
        List<ContourSegment> bulge = List.of(line(0, 0.5, 2, 0.5, "bottom"), line(2, 0.5, 2, 2, "right"),
                new ContourSegment(CircularArc.through(new Point(2, 2), new Point(0, 2), center, true),
                        BoundaryKind.METAL, "cap"),
                line(0, 2, 0, 0.5, "left"));
        assertEquals(1.5 * 2 + Math.PI / 2, Contour.of(bulge).area(), 1e-12);
        List<ContourSegment> dent = new ArrayList<>(bulge);
        dent.set(2, new ContourSegment(CircularArc.through(new Point(2, 2), new Point(0, 2), center, false),
                BoundaryKind.METAL, "cap"));
        String message = failure(dent);
        assertTrue(message.contains("cusp") && message.contains("right") && message.contains("cap"), message);
    }

    /** A line that runs straight back along its predecessor: a slit of zero width. */
    @Test
    void rejectsALineRunningBackAlongItsPredecessor() {
        List<ContourSegment> chain = List.of(line(0, 1, 2, 1, "bottom"), line(2, 1, 2, 2, "right"),
                line(2, 2, 1, 2, "topRight"), line(1, 2, 1, 1.5, "slitDown"), line(1, 1.5, 1, 2, "slitUp"),
                line(1, 2, 0, 2, "topLeft"), line(0, 2, 0, 1, "left"));
        String message = failure(chain);
        assertTrue(message.contains("cusp") && message.contains("slitDown") && message.contains("slitUp"), message);
    }

    /** A 2000-sided polygon (an imported wall) is one piece per side in the crossing check. */
    @Test
    void acceptsAFineSimplePolygonAndFindsACrossingInIt() {
        int sides = 2000;
        List<ContourSegment> chain = new ArrayList<>();
        Point previous = new Point(1, 0);
        for (int k = 1; k <= sides; k++) {
            double angle = Math.PI * k / sides;
            Point next = k == sides ? new Point(-1, 0) : new Point(Math.cos(angle), Math.sin(angle));
            chain.add(new ContourSegment(new Line(previous, next), BoundaryKind.METAL, "side" + k));
            previous = next;
        }
        chain.add(line(-1, 0, 1, 0, "axis"));
        double polygon = 0.5 * sides * Math.sin(Math.PI / sides);
        assertEquals(polygon, Contour.of(chain).area(), 1e-10); // rounding summed over 2000 sides

        // Close it through a point above the arc instead of along the axis: the first closing line
        // and the second cross the polygon's sides.
        List<ContourSegment> crossing = new ArrayList<>(chain.subList(0, sides));
        crossing.add(line(-1, 0, 0.3, 1.5, "crossA"));
        crossing.add(line(0.3, 1.5, 1, 0, "crossB"));
        String message = failure(crossing);
        assertTrue(message.contains("crosses itself") && message.contains("meets cross"), message);
    }

    /** A unit square moved to z = 1e12 m keeps only 1e-4 of its shape in doubles: refused, naming a segment. */
    @Test
    void rejectsAContourFarFromTheOriginComparedWithItsSize() {
        double z0 = 1e12;
        List<ContourSegment> far = List.of(line(z0, 1, z0 + 1, 1, "bottom"), line(z0 + 1, 1, z0 + 1, 2, "right"),
                line(z0 + 1, 2, z0, 2, "top"), line(z0, 2, z0, 1, "left"));
        String message = failure(far);
        assertTrue(message.contains("bottom") && message.contains("move the contour near z = 0"), message);
        // 500 sizes away is still fine: rounding 1e-16 * 500 is far below the solver's accuracy.
        List<ContourSegment> near = List.of(line(500, 1, 501, 1, "bottom"), line(501, 1, 501, 2, "right"),
                line(501, 2, 500, 2, "top"), line(500, 2, 500, 1, "left"));
        assertEquals(1.0, Contour.of(near).area(), 1e-12);
    }
}
