package org.cavityfem.mesh;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.mesh.geometry.BoundaryKind;
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
}
