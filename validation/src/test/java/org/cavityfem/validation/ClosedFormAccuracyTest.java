package org.cavityfem.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.Line;
import org.cavityfem.mesh.geometry.Point;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolver;
import org.junit.jupiter.api.Test;

/**
 * The headline accuracy: order-4 curved elements reach 1e-10 relative frequency error on both
 * closed forms with meshes that solve in a fraction of a second.
 */
class ClosedFormAccuracyTest {

    /** The paper's pillbox, R = L = 115 mm (Egi, KEK; see ClosedFormCase.pillbox). */
    @Test
    void pillboxTm010ToOneInTenBillion() {
        ClosedFormCase c = ClosedFormCase.pillbox(0.115, 0.115);
        Mode mode = c.solve(4, 0.115 / 6);
        double error = c.frequencyError(mode);
        System.out.printf("pillbox p=4: f = %.12f MHz, error %.2e, residual %.1e%n",
                mode.frequency() / 1e6, error, mode.relativeResidual());
        assertTrue(error < 1e-10, "relative frequency error " + error);
        assertTrue(mode.relativeResidual() < 1e-10, "residual " + mode.relativeResidual());
    }

    /** Sphere of radius 100 mm: curved wall, exact only if the elements follow the curve. */
    @Test
    void sphereTm101ToOneInTenBillion() {
        ClosedFormCase c = ClosedFormCase.sphere(0.1);
        Mode mode = c.solve(4, 0.1 / 5);
        double error = c.frequencyError(mode);
        System.out.printf("sphere p=4: f = %.12f MHz, error %.2e%n", mode.frequency() / 1e6, error);
        assertTrue(error < 1e-10, "relative frequency error " + error);
    }

    /**
     * Shorted coaxial line, inner radius a = 20 mm, outer b = 60 mm, length L = 100 mm: a domain that
     * never touches the axis. Its TEM standing waves H_phi = cos(nπz/L)/r, E_r ∝ sin(nπz/L)/r satisfy
     * every wall condition, so k = nπ/L (Pozar, Microwave Engineering, 4th ed., §6.1, shorted
     * λ/2 lines); the static field H = 1/r at k = 0 is not an RF mode and must not be reported.
     */
    @Test
    void shortedCoaxTemModesAndNoStaticMode() {
        Contour coax = Contour.of(List.of(
                new ContourSegment(new Line(new Point(0, 0.02), new Point(0.1, 0.02)), BoundaryKind.METAL, "inner"),
                new ContourSegment(new Line(new Point(0.1, 0.02), new Point(0.1, 0.06)), BoundaryKind.METAL, "end"),
                new ContourSegment(new Line(new Point(0.1, 0.06), new Point(0, 0.06)), BoundaryKind.METAL, "outer"),
                new ContourSegment(new Line(new Point(0, 0.06), new Point(0, 0.02)), BoundaryKind.METAL, "start")));
        Mesh mesh = MeshGenerator.generate(coax, MeshSettings.of(4, 0.004));
        List<Mode> modes = new ModeSolver().solve(mesh, ModeRequest.lowest(2)).modes();
        for (int n = 1; n <= 2; n++) {
            Mode mode = modes.get(n - 1);
            double exact = n * Math.PI / 0.1;
            double error = Math.abs(mode.waveNumber() - exact) / exact;
            System.out.printf("coax TEM n=%d: error %.2e%n", n, error);
            assertTrue(error < 1e-10, "TEM n=" + n + " error " + error);
            assertEquals(n, mode.number());
        }
    }

    /**
     * The same kind of shorted coax (a = 20 mm, b = 50 mm, L = 300 mm) on meshes so coarse that the
     * discrete static field H ≈ 1/r lands at hundreds of MHz (454 MHz with linear elements of 40 mm):
     * it must still not be reported, since it is known by its place (the lowest eigenvalue), not by
     * its value. The first reported mode is TEM n = 1, k = π/L (Pozar, §6.1), to the coarse mesh's
     * accuracy, and is numbered 1.
     */
    @Test
    void theStaticFieldIsDroppedByItsPlaceOnCoarseMeshes() {
        Contour coax = Contour.of(List.of(
                new ContourSegment(new Line(new Point(0, 0.02), new Point(0.3, 0.02)), BoundaryKind.METAL, "inner"),
                new ContourSegment(new Line(new Point(0.3, 0.02), new Point(0.3, 0.05)), BoundaryKind.METAL, "end"),
                new ContourSegment(new Line(new Point(0.3, 0.05), new Point(0, 0.05)), BoundaryKind.METAL, "outer"),
                new ContourSegment(new Line(new Point(0, 0.05), new Point(0, 0.02)), BoundaryKind.METAL, "start")));
        double exact = Math.PI / 0.3;
        for (int order = 1; order <= 3; order++) {
            Mesh mesh = MeshGenerator.generate(coax, MeshSettings.of(order, 0.04));
            List<Mode> modes = new ModeSolver().solve(mesh, ModeRequest.lowest(2)).modes();
            double error = Math.abs(modes.get(0).waveNumber() - exact) / exact;
            assertTrue(error < 0.5, "order " + order + ": first mode k = " + modes.get(0).waveNumber()
                    + ", TEM n = 1 has " + exact);
            assertEquals(1, modes.get(0).number(), "order " + order);
            assertTrue(modes.get(1).waveNumber() > modes.get(0).waveNumber() * 1.5, "order " + order);
        }
    }
}
