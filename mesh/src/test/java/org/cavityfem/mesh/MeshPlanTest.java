package org.cavityfem.mesh;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cavityfem.mesh.build.EllipticalCavity;
import org.cavityfem.mesh.build.EllipticalHalfCell;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.CircularArc;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.InvalidGeometryException;
import org.cavityfem.mesh.geometry.Line;
import org.cavityfem.mesh.geometry.Point;
import org.junit.jupiter.api.Test;

/**
 * The counts a mesh plan predicts before meshing, for thin geometry that used to mesh for minutes
 * without a word (issue 11, item 19). A passage of width w gets at least two elements across it
 * (WallSamples), so a strip of length L needs about L w / (a (w/2)²) triangles, a = √3/4 the area of
 * the unit equilateral triangle.
 */
class MeshPlanTest {

    private static ContourSegment line(double z0, double r0, double z1, double r1) {
        return new ContourSegment(new Line(new Point(z0, r0), new Point(z1, r1)), BoundaryKind.METAL, "wall");
    }

    @Test
    void aOneMetreByTenMicronStripIsPredictedFromItsWidth() {
        double length = 1;
        double width = 10e-6;
        Contour strip = Contour.of(List.of(line(0, 0, length, 0), line(length, 0, length, width),
                line(length, width, 0, width), line(0, width, 0, 0)));
        MeshPlan plan = MeshGenerator.plan(strip, MeshSettings.of(4, length / 12));
        double closedForm = length * width / (Math.sqrt(3) / 4 * Math.pow(width / 2, 2));
        assertTrue(plan.expectedElements() > 0.5 * closedForm && plan.expectedElements() < 2 * closedForm,
                plan.expectedElements() + " elements predicted, about " + closedForm + " needed");
    }

    @Test
    void aPillboxGapOfATenthOfAMicronIsRefusedBeforeMeshing() {
        // Elements of 0.05 µm over a 115 mm radius: some 1e7 triangles, beyond MAX_NODES at order 4.
        var e = assertThrows(InvalidGeometryException.class,
                () -> MeshGenerator.plan(Pillbox.closed(0.115, 1e-7).contour(), MeshSettings.of(4, 0.00958)));
        assertTrue(e.getMessage().contains("nodes requested"), e.getMessage());
    }

    /**
     * Two half discs of radius 50 mm on the axis, joined by a neck 1 nm high and 10 mm long: the
     * neck's wall and the axis are a passage 1 nm wide, below 1e-7 of the 0.21 m contour, so the
     * plan refuses it from the wall samples and names the place. The gap search used to stop
     * refining its samples after four passes, at a spacing of some 10 µm, so it saw a passage
     * thousands of times too wide, predicted a small mesh and left the meshing to fail (or run for
     * minutes).
     */
    @Test
    void twoCellsJoinedByANanometreNeckAreRefusedFromTheWallSamples() {
        double radius = 0.05;
        double neck = 1e-9;
        double gap = 0.01;
        double right = 2 * radius + gap;
        Contour cells = Contour.of(List.of(
                line(-radius, 0, right + radius, 0),
                new ContourSegment(new CircularArc(new Point(right, 0), radius, 0, Math.PI - Math.asin(neck / radius)),
                        BoundaryKind.METAL, "right cell"),
                new ContourSegment(new Line(new Point(right - radius * Math.cos(Math.asin(neck / radius)), neck),
                        new Point(radius * Math.cos(Math.asin(neck / radius)), neck)), BoundaryKind.METAL, "neck"),
                new ContourSegment(new CircularArc(new Point(0, 0), radius, Math.asin(neck / radius),
                        Math.PI - Math.asin(neck / radius)), BoundaryKind.METAL, "left cell")));
        var e = assertThrows(InvalidGeometryException.class, () -> MeshGenerator.plan(cells, MeshSettings.of(4, 0.0175)));
        assertTrue(e.getMessage().contains("within about 1.00e-09 m") && e.getMessage().contains("widen it"),
                e.getMessage());
        assertTrue(e.getMessage().contains("on wall") || e.getMessage().contains("on neck"), e.getMessage());
    }

    /**
     * The TESLA mid-cell (Aune et al., Phys. Rev. ST Accel. Beams 3, 092001 (2000), table I) with an
     * iris semi-axis b of 1 nm: the iris ellipse's tip has a radius of curvature b²/a = 8.3e-17 m,
     * a few hundred times the rounding unit of its coordinates. The plan refuses it from the
     * segment's curvature, naming the segment, where the wall sampling used to take some 200 000
     * samples on the iris and its nearest-passage search ran for minutes.
     */
    @Test
    void aNanometreIrisSemiAxisIsRefusedFromItsCurvature() {
        var mid = new EllipticalHalfCell(0.1033, 0.035, 0.042, 0.042, 0.012, 1e-9, 0.0577);
        Contour cell = EllipticalCavity.periodicCell(mid, BoundaryKind.MAGNETIC).contour();
        var e = assertThrows(InvalidGeometryException.class, () -> MeshGenerator.plan(cell, MeshSettings.of(5, 0.04)));
        // b²/a = 8.33e-17 m at the tip itself; the arc ends where the wall's tangent line leaves it, just short of it.
        assertTrue(e.getMessage().contains("iris") && e.getMessage().contains("curves with a radius of 8.")
                && e.getMessage().contains("e-17 m"), e.getMessage());
    }
}
