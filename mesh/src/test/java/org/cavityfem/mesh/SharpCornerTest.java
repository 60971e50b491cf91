package org.cavityfem.mesh;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.CircularArc;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.Line;
import org.cavityfem.mesh.geometry.Point;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A contour corner sharper than the requested angle cannot be meshed with that angle; refinement
 * must still finish, with about the corner's angle as the worst one (skinny triangles across the
 * corner are accepted once their ends pair up on the walls), and the usual count of elements.
 */
class SharpCornerTest {

    /** Circular sector of radius 1 m and the given opening, apex at the origin. */
    private static Contour sector(double degrees) {
        double t = Math.toRadians(degrees);
        Point tip = new Point(Math.cos(t), Math.sin(t));
        return Contour.of(List.of(
                new ContourSegment(new Line(new Point(0, 0), new Point(1, 0)), BoundaryKind.METAL, "sector.bottom"),
                new ContourSegment(new CircularArc(new Point(0, 0), 1, 0, t), BoundaryKind.METAL, "sector.arc"),
                new ContourSegment(new Line(tip, new Point(0, 0)), BoundaryKind.METAL, "sector.top")));
    }

    @ParameterizedTest
    @ValueSource(doubles = {5, 15, 40})
    void sectorMeshesWithTheCornerAsWorstAngle(double degrees) {
        double h = 0.01;
        Mesh mesh = MeshGenerator.generate(sector(degrees), MeshSettings.of(2, h));
        if (degrees >= 25) {
            assertTrue(mesh.minAngleDeg() >= 25, "worst angle " + mesh.minAngleDeg());
        } else {
            assertTrue(mesh.minAngleDeg() >= 0.9 * degrees && mesh.minAngleDeg() <= degrees + 1e-9,
                    "worst angle " + mesh.minAngleDeg());
        }
        double area = Math.toRadians(degrees) / 2;
        double equilateral = Math.sqrt(3) / 4 * h * h;
        assertTrue(mesh.elementCount() < 3 * area / equilateral, mesh.elementCount() + " elements");
        MeshAssertions.trianglesAreCounterClockwise(mesh);
        MeshAssertions.wallEdgesTileEverySegment(mesh);
    }
}
