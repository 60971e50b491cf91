package org.cavityfem.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.CircularArc;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.EllipticArc;
import org.cavityfem.mesh.geometry.Point;
import org.junit.jupiter.api.Test;

class ContourFactoryTest {

    private static CaseFile read(String text) {
        return CaseReader.parse("case.json", text);
    }

    @Test
    void segmentsAreNamedByTheirJsonPathAndTheAxisIsFound() {
        Contour contour = ContourFactory.build(read(CaseReaderTest.CONTOUR_CASE));
        assertEquals(5, contour.size());
        ContourSegment axis = contour.segments().stream()
                .filter(s -> s.name().equals("geometry.segments[0]")).findFirst().orElseThrow();
        assertEquals(BoundaryKind.AXIS, axis.kind());
        ContourSegment arc = contour.segments().stream()
                .filter(s -> s.name().equals("geometry.segments[2]")).findFirst().orElseThrow();
        CircularArc circle = assertInstanceOf(CircularArc.class, arc.shape());
        assertEquals(0.05, circle.radius(), 1e-15);
        assertEquals(Math.PI / 2, Math.abs(circle.sweep()), 1e-14);
        // Area of the 100 mm square minus the quarter-square the arc cuts off, plus the quarter disc.
        double area = 0.1 * 0.1 - 0.05 * 0.05 + Math.PI * 0.05 * 0.05 / 4;
        // Contour.area() integrates a sampled polyline: relative accuracy ~1e-6.
        assertEquals(area, contour.area(), 1e-5 * area);
    }

    @Test
    void ellipticArcAnglesComeFromItsEndPoints() {
        String text = """
                {"name": "e", "geometry": {"type": "contour", "start": {"z": "0 mm", "r": "0 mm"},
                 "segments": [
                  {"type": "line", "to": {"z": "20 mm", "r": "0 mm"}},
                  {"type": "ellipticArc", "to": {"z": "0 mm", "r": "10 mm"}, "center": {"z": "0 mm", "r": "0 mm"},
                   "semiAxisZ": "20 mm", "semiAxisR": "10 mm", "direction": "ccw"},
                  {"type": "line", "to": {"z": "0 mm", "r": "0 mm"}}]}}
                """;
        Contour contour = ContourFactory.build(read(text));
        EllipticArc arc = contour.segments().stream().map(ContourSegment::shape)
                .filter(EllipticArc.class::isInstance).map(EllipticArc.class::cast).findFirst().orElseThrow();
        Point a = arc.start();
        Point b = arc.end();
        assertEquals(List.of(0.02, 0.0, 0.0, 0.01), List.of(round(a.z()), round(a.r()), round(b.z()), round(b.r())),
                "the arc runs from (20 mm, 0) to (0, 10 mm) or back");
        // Quarter of the ellipse area π a b.
        assertEquals(Math.PI * 0.02 * 0.01 / 4, contour.area(), 1e-5 * contour.area());
    }

    private static double round(double metres) {
        return Math.round(metres * 1e9) / 1e9;
    }

    @Test
    void presetsBuildTheirContours() {
        Contour withPipes = ContourFactory.contour(new PillboxGeometry(0.115, 0.115,
                java.util.Optional.of(new PillboxGeometry.BeamPipe(0.02, 0.04))));
        // Cell R × L plus two pipes of radius a and length l.
        assertEquals(0.115 * 0.115 + 2 * 0.02 * 0.04, withPipes.area(), 1e-12);
        Contour sphere = ContourFactory.contour(new SphereGeometry(0.1));
        assertEquals(Math.PI * 0.1 * 0.1 / 2, sphere.area(), 1e-9);
        assertTrue(sphere.touchesAxis());
    }

    @Test
    void sweepKeepsTheAskedDirection() {
        assertEquals(Math.PI / 2, ContourFactory.sweep(0, Math.PI / 2, true), 1e-15);
        assertEquals(-3 * Math.PI / 2, ContourFactory.sweep(0, Math.PI / 2, false), 1e-15);
        assertEquals(-Math.PI, ContourFactory.sweep(Math.PI / 2, -Math.PI / 2, false), 1e-15);
    }

    @Test
    void selfCrossingContourErrorPointsAtTheSegmentInTheFile() {
        String text = """
                {"name": "bowtie", "geometry": {"type": "contour", "start": {"z": "0 mm", "r": "0 mm"},
                 "segments": [
                  {"type": "line", "to": {"z": "10 mm", "r": "10 mm"}},
                  {"type": "line", "to": {"z": "10 mm", "r": "0 mm"}},
                  {"type": "line", "to": {"z": "0 mm", "r": "7 mm"}},
                  {"type": "line", "to": {"z": "0 mm", "r": "0 mm"}}]}}
                """;
        CaseException e = assertThrows(CaseException.class, () -> ContourFactory.build(read(text)));
        assertEquals("geometry", e.path());
        assertTrue(e.getMessage().contains("crosses itself"), e.getMessage());
        assertTrue(e.getMessage().startsWith("case.json:"), e.getMessage());
        assertTrue(e.location().line() == 3 || e.location().line() == 5, e.getMessage());
    }

    @Test
    void axisTagOffTheAxisIsAnError() {
        String text = CaseReaderTest.CONTOUR_CASE.replace("\"boundary\": \"electric\"", "\"boundary\": \"axis\"");
        CaseException e = assertThrows(CaseException.class, () -> ContourFactory.build(read(text)));
        assertTrue(e.getMessage().contains("geometry.segments[1] is tagged 'axis'"), e.getMessage());
        assertEquals(9, e.location().line(), e.getMessage());
    }
}
