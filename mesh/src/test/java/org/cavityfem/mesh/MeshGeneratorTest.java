package org.cavityfem.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import org.cavityfem.mesh.build.SphericalCavity;
import org.cavityfem.mesh.geometry.InvalidGeometryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeshGeneratorTest {

    @ParameterizedTest
    @EnumSource(TestContours.class)
    void linearMeshIsValid(TestContours shape) {
        checkValid(shape, 1);
    }

    @ParameterizedTest
    @EnumSource(TestContours.class)
    void quarticMeshIsValid(TestContours shape) {
        checkValid(shape, 4);
    }

    @ParameterizedTest
    @EnumSource(TestContours.class)
    void quadraticAndCubicMeshesAreValid(TestContours shape) {
        checkValid(shape, 2);
        checkValid(shape, 3);
    }

    private static void checkValid(TestContours shape, int order) {
        MeshSettings settings = MeshSettings.of(order, shape.elementSize);
        Mesh mesh = MeshGenerator.generate(shape.contour, settings);
        assertTrue(mesh.minAngleDeg() >= settings.minAngleDeg(), "min angle " + mesh.minAngleDeg());
        assertEquals(MeshAssertions.smallestAngleDeg(mesh), mesh.minAngleDeg(), 1e-9);
        MeshAssertions.trianglesAreCounterClockwise(mesh);
        MeshAssertions.wallNodesLieOnTheirCurves(mesh);
        MeshAssertions.wallEdgesTileEverySegment(mesh);
        MeshAssertions.nodesAreNumberedAndShared(mesh);
        double area = IsoparametricArea.of(mesh);
        // Straight walls are meshed exactly; curved ones to the interpolation error of the
        // order-p map, about (arc angle)^(2p) relative: ~2e-2 at p = 1, ~1e-8 at p = 4.
        double tol = order == 1 ? 2e-2 : order == 2 ? 1e-4 : order == 3 ? 1e-5 : 1e-7;
        assertEquals(shape.area, area, tol * shape.area, "isoparametric area at order " + order);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void straightWalledDomainsAreFilledExactly(int order) {
        Mesh mesh = MeshGenerator.generate(TestContours.PILLBOX_WITH_PIPES.contour, MeshSettings.of(order, 0.015));
        assertEquals(TestContours.PILLBOX_WITH_PIPES.area, IsoparametricArea.of(mesh),
                1e-14 * TestContours.PILLBOX_WITH_PIPES.area);
    }

    /**
     * Half disc: with edges of π/64 rad on the wall the order-4 map follows the circle to about
     * 1e-13 in area, while order 1 misses by the chord segments, (π/64)²/6 relative. Halving the
     * arc angle divides the order-1 error by 4 (O(h²)).
     */
    @Test
    void curvedElementsFollowTheSphereWall() {
        double a = 0.1;
        double exact = Math.PI * a * a / 2;
        MeshSettings fine = new MeshSettings(4, a / 4, 25, Math.PI / 64, 1.3);
        double quartic = IsoparametricArea.of(MeshGenerator.generate(new SphericalCavity(a).contour(), fine));
        assertEquals(exact, quartic, 1e-12 * exact);

        double coarse = Math.abs(exact - IsoparametricArea.of(
                MeshGenerator.generate(new SphericalCavity(a).contour(), fine.withOrder(1))));
        double finer = Math.abs(exact - IsoparametricArea.of(MeshGenerator.generate(
                new SphericalCavity(a).contour(), new MeshSettings(1, a / 4, 25, Math.PI / 128, 1.3))));
        assertEquals(Math.pow(Math.PI / 64, 2) / 6, coarse / exact, 0.1 * coarse / exact);
        assertEquals(4, coarse / finer, 0.4);
    }

    @Test
    void sameInputGivesIdenticalArrays() {
        MeshSettings settings = MeshSettings.of(3, 0.012);
        Mesh first = MeshGenerator.generate(TestContours.COAX.contour, settings);
        Mesh second = MeshGenerator.generate(TestContours.COAX.contour, settings);
        assertArrayEquals(first.zArray(), second.zArray());
        assertArrayEquals(first.rArray(), second.rArray());
        assertArrayEquals(first.elementNodeArray(), second.elementNodeArray());
        assertEquals(first.boundaryEdges(), second.boundaryEdges());
    }

    /**
     * A cancelled run (the warm server interrupts its thread on Ctrl-C) gets the cancellation from
     * the meshing, not a mesh: the refinement checks at its first step and every 64 after. The flag
     * is left set, as the caller reads it.
     */
    @Test
    void anInterruptedThreadGetsTheCancellationInsteadOfAMesh() {
        MeshSettings settings = MeshSettings.of(3, 0.012);
        try {
            Thread.currentThread().interrupt();
            assertThrows(CancellationException.class, () -> MeshGenerator.generate(TestContours.COAX.contour, settings));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void rejectsAnElementLargerThanTheCavity() {
        InvalidGeometryException e = assertThrows(InvalidGeometryException.class,
                () -> MeshGenerator.generate(new SphericalCavity(0.1).contour(), MeshSettings.of(2, 0.5)));
        assertTrue(e.getMessage().contains("larger than the cavity") && e.getMessage().contains("0.2"), e.getMessage());
    }

    @Test
    void rejectsMoreNodesThanTheLimit() {
        InvalidGeometryException e = assertThrows(InvalidGeometryException.class,
                () -> MeshGenerator.generate(new SphericalCavity(1).contour(), MeshSettings.of(8, 1e-3)));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
    }
}
