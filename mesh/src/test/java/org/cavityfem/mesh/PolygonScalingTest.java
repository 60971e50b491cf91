package org.cavityfem.mesh;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cavityfem.mesh.build.SphericalCavity;
import org.cavityfem.mesh.triangulate.SizeField;
import org.junit.jupiter.api.Test;

/**
 * A curved wall written as a polygon of many short segments (an imported polyline) meshes like the
 * curve: its vertices turn the tangent by π/N, far below the kinks that need grading
 * ({@link org.cavityfem.mesh.triangulate.SingularPoints}), so the only extra elements are the wall
 * edges the N segments force (at least one each) and the layer that grades from them to the bulk
 * size, a fixed number per segment. Before, every vertex was graded like a corner: the half disc of
 * radius 0.1 m as a 1000-segment polygon took 43 917 elements at order 4 and h = 10 mm, against 469
 * for the arc. Counts, not times, so the test cannot depend on the machine.
 */
class PolygonScalingTest {

    private static final SphericalCavity HALF_DISC = new SphericalCavity(0.1);

    @Test
    void aThousandSegmentPolygonMeshesLikeTheArcWhenTheSegmentsAreShorterThanTheElements() {
        // h = 1 mm, segments 0.31 mm: the forced wall edges add a thin layer along the wall.
        MeshSettings settings = MeshSettings.of(4, 0.001);
        int arc = MeshGenerator.generate(HALF_DISC.contour(), settings).elementCount();
        int polygon = MeshGenerator.generate(HALF_DISC.polygon(1000), settings).elementCount();
        assertTrue(polygon <= 1.1 * arc, "polygon " + polygon + " elements against " + arc + " for the arc");
    }

    @Test
    void eachSegmentAddsAFixedNumberOfElements() {
        // h = 10 mm, segments 3.1 mm and 0.31 mm: about 4 elements per segment grade from the short
        // wall edges to the bulk size (the strip estimate (1 − L/h)/(a κ) of SizeField).
        MeshSettings settings = MeshSettings.of(4, 0.01);
        int arc = MeshGenerator.generate(HALF_DISC.contour(), settings).elementCount();
        for (int segments : new int[] {100, 1000}) {
            int polygon = MeshGenerator.generate(HALF_DISC.polygon(segments), settings).elementCount();
            double perSegment = (polygon - arc) / (double) segments;
            assertTrue(perSegment <= 5, segments + " segments: " + polygon + " elements, " + perSegment
                    + " per segment more than the arc's " + arc);
        }
    }

    @Test
    void theSizeFieldPredictsTheElementCountOfAPolygon() {
        // The estimate the memory check relies on before meshing: within 20 % of the count made.
        for (int segments : new int[] {100, 1000}) {
            var contour = HALF_DISC.polygon(segments);
            double expected = SizeField.of(contour, 0.01, MeshSettings.DEFAULT_MAX_ARC_ANGLE,
                    MeshSettings.DEFAULT_GRADING, 4, true).expectedTriangles();
            int made = MeshGenerator.generate(contour, MeshSettings.of(4, 0.01)).elementCount();
            assertTrue(Math.abs(expected - made) <= 0.2 * made, segments + " segments: " + made
                    + " elements made, " + expected + " expected");
        }
    }
}
