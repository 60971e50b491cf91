package org.cavityfem.mesh.build;

import static org.cavityfem.mesh.build.EllipticalHalfCellTest.TESLA_END_1;
import static org.cavityfem.mesh.build.EllipticalHalfCellTest.TESLA_END_2;
import static org.cavityfem.mesh.build.EllipticalHalfCellTest.TESLA_MID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.InvalidGeometryException;
import org.junit.jupiter.api.Test;

class EllipticalCavityTest {

    private static final BeamPipe PIPE = new BeamPipe(0.039, 0.1);

    @Test
    void teslaNineCellSpansItsCellsAndPipes() {
        EllipticalCavity cavity = new EllipticalCavity(9, TESLA_MID, TESLA_END_1, TESLA_END_2, Optional.of(PIPE),
                Optional.of(PIPE), BoundaryKind.METAL, Optional.empty());
        double[] iris = cavity.irisPlanes();
        assertEquals(10, iris.length);
        // 56.0 + 16 x 57.7 + 57.0 mm from the first to the last iris plane.
        assertEquals(1.0362, cavity.cellsLength(), 1e-12);
        assertEquals(0.056 + 0.0577, iris[1], 1e-15);
        Contour c = cavity.contour();
        // 9 cells x 6 pieces, 2 pipes with end planes (the TESLA end irises meet the pipe radius), the axis.
        assertEquals(9 * 6 + 4 + 1, c.size());
        List<String> names = c.segments().stream().map(ContourSegment::name).toList();
        assertTrue(names.contains("cell 1 iris (left half)"));
        assertTrue(names.contains("cell 9 equator (right half)"));
        assertTrue(names.contains("left pipe") && names.contains("right pipe end"));
        assertEquals(1, c.segments().stream().filter(s -> s.kind() == BoundaryKind.AXIS).count());
        assertEquals(1.0362 + 0.2, c.segments().stream().filter(s -> s.kind() == BoundaryKind.AXIS).findFirst()
                .orElseThrow().shape().length(), 1e-12);
    }

    @Test
    void halfModelHasHalfTheArea() {
        for (int cells : new int[] {1, 2, 5}) {
            EllipticalCavity whole = EllipticalCavity.withPipes(cells, TESLA_MID, TESLA_END_1, PIPE);
            EllipticalCavity half = new EllipticalCavity(cells, TESLA_MID, TESLA_END_1, TESLA_END_1, Optional.of(PIPE),
                    Optional.of(PIPE), BoundaryKind.METAL, Optional.of(BoundaryKind.ELECTRIC));
            Contour h = half.contour();
            assertEquals(whole.contour().area() / 2, h.area(), 1e-15);
            ContourSegment mid = h.segments().stream().filter(s -> s.name().equals("mid-plane")).findFirst().orElseThrow();
            assertEquals(BoundaryKind.ELECTRIC, mid.kind());
            assertEquals(half.midPlaneZ(), mid.shape().start().z(), 1e-15);
        }
    }

    @Test
    void periodicCellIsClosedByItsIrisPlanes() {
        Contour c = EllipticalCavity.periodicCell(TESLA_MID, BoundaryKind.MAGNETIC).contour();
        assertEquals(6 + 3, c.size());
        assertEquals(2, c.segments().stream().filter(s -> s.kind() == BoundaryKind.MAGNETIC).count());
    }

    @Test
    void mismatchedEquatorsAndAsymmetricHalfModelsAreRejected() {
        EllipticalHalfCell other = TESLA_END_1.with("Req", 0.1);
        InvalidGeometryException e = assertThrows(InvalidGeometryException.class,
                () -> EllipticalCavity.withPipes(3, TESLA_MID, other, PIPE));
        assertTrue(e.getMessage().contains("cell 1"), e.getMessage());
        e = assertThrows(InvalidGeometryException.class, () -> new EllipticalCavity(9, TESLA_MID, TESLA_END_1,
                TESLA_END_2, Optional.of(PIPE), Optional.of(PIPE), BoundaryKind.METAL, Optional.of(BoundaryKind.MAGNETIC)));
        assertTrue(e.getMessage().contains("mirror-symmetric"), e.getMessage());
    }
}
