package org.cavityfem.mesh.triangulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.cavityfem.mesh.build.EllipticalCavity;
import org.cavityfem.mesh.build.EllipticalHalfCell;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
import org.junit.jupiter.api.Test;

/**
 * The size asked for at a curvature jump (λ = 2, {@link SingularPointsTest}) of the TESLA mid-cell,
 * with a wall size h = ℓ/10 at the joint (ℓ = the contour's largest radius). Expected values from
 * the balance in {@link SingularGrading}: for order p's bulk error h_joint = h (h/ℓ)^{p/λ − 1};
 * for a requested accuracy ε, the same with q = ln ε / (2 ln(h/ℓ)) in place of p when q < p, and
 * no grading when λ ≥ q.
 */
class SingularGradingTest {

    private static final EllipticalHalfCell TESLA_MID =
            new EllipticalHalfCell(0.1033, 0.035, 0.042, 0.042, 0.012, 0.019, 0.0577);
    private static final Contour CELL = new EllipticalCavity(1, TESLA_MID, TESLA_MID, TESLA_MID, Optional.empty(),
            Optional.empty(), BoundaryKind.MAGNETIC, Optional.of(BoundaryKind.ELECTRIC)).contour();
    /** The contour's largest radius, the field's length scale of the grading. */
    private static final double SCALE = 0.1033;
    private static final double WALL = SCALE / 10;

    @Test
    void gradedForTheOrdersBulkErrorWithoutAnAccuracy() {
        SingularGrading g = SingularGrading.of(CELL, 7, Double.NaN, (z, r) -> WALL);
        assertEquals(WALL * Math.pow(0.1, 7 / 2.0 - 1), g.minSize(), 1e-12 * WALL);
    }

    @Test
    void gradedForTheAccuracyWhenItAsksLessThanTheBulk() {
        // q = ln 1e-6 / (2 ln 0.1) = 3: h_joint = h · 0.1^(3/2 − 1).
        SingularGrading g = SingularGrading.of(CELL, 7, 1e-6, (z, r) -> WALL);
        assertEquals(WALL * Math.pow(0.1, 0.5), g.minSize(), 1e-9 * WALL);
        // Fewer graded layers, so fewer triangles than the grading for the order's bulk.
        double bulk = SingularGrading.of(CELL, 7, Double.NaN, (z, r) -> WALL).expectedTriangles(Math.sqrt(3) / 4);
        assertTrue(g.expectedTriangles(Math.sqrt(3) / 4) < bulk / 4);
    }

    @Test
    void noGradingWhereTheJointMeetsTheAccuracyUnrefined() {
        // q = ln 1e-3 / (2 ln 0.1) = 1.5 <= λ = 2: the wall size alone meets it.
        SingularGrading g = SingularGrading.of(CELL, 7, 1e-3, (z, r) -> WALL);
        assertEquals(Double.POSITIVE_INFINITY, g.minSize());
    }

    @Test
    void neverFinerThanTheOrdersOwnGrading() {
        // q = ln 1e-20 / (2 ln 0.1) = 10 > p = 4: the order's balance, h · 0.1^(4/2 − 1).
        SingularGrading g = SingularGrading.of(CELL, 4, 1e-20, (z, r) -> WALL);
        assertEquals(WALL * 0.1, g.minSize(), 1e-12 * WALL);
    }
}
