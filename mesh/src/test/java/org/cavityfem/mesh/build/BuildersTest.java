package org.cavityfem.mesh.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.InvalidGeometryException;
import org.cavityfem.mesh.geometry.Point;
import org.junit.jupiter.api.Test;

class BuildersTest {

    @Test
    void closedPillboxIsARectangleOverTheAxis() {
        Contour c = Pillbox.closed(0.1, 0.08).contour();
        assertEquals(4, c.size());
        assertEquals(0.1 * 0.08, c.area(), 1e-16);
        assertEquals(BoundaryKind.AXIS, c.segment(0).kind());
        assertEquals(new Point(-0.04, 0), c.segment(0).shape().start());
        assertEquals(new Point(0.04, 0), c.segment(0).shape().end());
        assertEquals(List.of("pillbox.axis", "pillbox.endPlate.right", "pillbox.outerWall", "pillbox.endPlate.left"),
                c.segments().stream().map(ContourSegment::name).toList());
        c.segments().stream().skip(1).forEach(s -> assertEquals(BoundaryKind.METAL, s.kind()));
    }

    @Test
    void pillboxWithPipesSpansBothPipes() {
        Pillbox box = new Pillbox(0.1, 0.08, 0.03, 0.05);
        Contour c = box.contour();
        assertEquals(8, c.size());
        assertEquals(0.1 * 0.08 + 2 * 0.03 * 0.05, c.area(), 1e-16);
        assertEquals(-0.09, c.segment(0).shape().start().z(), 1e-16);
        assertEquals(0.09, c.segment(0).shape().end().z(), 1e-16);
        assertTrue(c.segments().stream().anyMatch(s -> s.name().equals("pillbox.pipe.left")));
        assertTrue(c.segments().stream().anyMatch(s -> s.name().equals("pillbox.pipe.right")));
        assertEquals(1, c.segments().stream().filter(s -> s.kind() == BoundaryKind.AXIS).count());
    }

    @Test
    void pillboxRejectsBadDimensions() {
        assertMessage(() -> Pillbox.closed(-0.1, 0.08), "radius");
        assertMessage(() -> Pillbox.closed(0.1, 0), "gap");
        assertMessage(() -> new Pillbox(0.1, 0.08, 0.03, 0), "both");
        assertMessage(() -> new Pillbox(0.1, 0.08, 0.12, 0.05), "smaller than the cell radius");
        assertMessage(() -> new Pillbox(0.1, 0.08, Double.NaN, 0.05), "pipe radius");
    }

    @Test
    void sphereIsAHalfDisc() {
        Contour c = new SphericalCavity(0.2).contour();
        assertEquals(2, c.size());
        assertEquals(Math.PI * 0.04 / 2, c.area(), 1e-15);
        assertEquals(0.2, c.segment(0).shape().minCurvatureRadius(), 0);
        assertEquals(BoundaryKind.AXIS, c.segment(1).kind());
        assertMessage(() -> new SphericalCavity(0), "radius");
    }

    private static void assertMessage(Runnable build, String fragment) {
        InvalidGeometryException e = assertThrows(InvalidGeometryException.class, build::run);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
