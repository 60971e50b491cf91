package org.cavityfem.solver.hom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.StructuredMeshes;
import org.cavityfem.solver.eigen.InertiaCheck;
import org.cavityfem.solver.testproblems.CountingFactorizer;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.Test;

/**
 * The m = 1 modes of a pillbox R = L = 115 mm in a frequency window, proved by the counts made to
 * size the window (design.md §2.4, "Windows counted by the caller"). Closed forms (Jackson §8.7):
 * TE111 k² = (j'11/R)² + (π/L)², TM110 k = j11/R, TM111 k² = (j11/R)² + (π/L)², at 1510.80, 1589.77
 * and 2055.81 MHz; the next m = 1 modes, TE121 ((j'12/R)² + (π/L)², 2569 MHz) and TE112, lie above
 * 2.2 GHz.
 */
class AzimuthalWindowCountsTest {

    private static final double R = 0.115;
    private static final double J1_PRIME_1 = 1.841183781340659;
    private static final double J11 = 3.831705970207512;

    @Test
    void theWindowsThreeCountsAndTheShiftsFactorisationAreAll() {
        Mesh mesh = StructuredMeshes.pillbox(R, R, 6, 6, 4);
        CountingFactorizer[] counting = new CountingFactorizer[1];
        AzimuthalModeSolver solver = new AzimuthalModeSolver(f -> counting[0] = new CountingFactorizer(f));
        AzimuthalSolution s = solver.window(mesh, 1, 1.4e9, 2.2e9, 10, 1e-13);
        double[] exact = {Math.hypot(J1_PRIME_1, Math.PI) / R, J11 / R, Math.hypot(J11, Math.PI) / R};
        assertEquals(3, s.modes().size());
        for (int i = 0; i < 3; i++) {
            assertEquals(0, Math.abs(s.modes().get(i).waveNumber() - exact[i]) / exact[i], 1e-7, "mode " + i);
        }
        // Just above 0 (the kernel), at 1.4 GHz and at 2.2 GHz, then the shift's: none at the ends again.
        assertEquals(4, counting[0].count(), "numeric factorisations");
        InertiaCheck check = s.inertia();
        assertTrue(check.complete());
        assertEquals(3, check.expected());
        assertEquals(square(waveNumber(1.4e9)), check.lower());
        assertEquals(square(waveNumber(2.2e9)), check.upper());
        assertEquals(s.kernelDimension() + 0, check.eigenvaluesBelowLower(), "no mode below 1.4 GHz");
    }

    @Test
    void theLowestModesReuseTheCountsThatBracketThem() {
        Mesh mesh = StructuredMeshes.pillbox(R, R, 6, 6, 4);
        CountingFactorizer[] counting = new CountingFactorizer[1];
        AzimuthalSolution s = new AzimuthalModeSolver(f -> counting[0] = new CountingFactorizer(f))
                .lowest(mesh, 1, 3, 1e-13);
        InertiaCheck check = s.inertia();
        assertTrue(check.complete());
        // The window runs from just above the kernel to the top count: the first mode is number 1.
        assertEquals(s.kernelDimension(), check.eigenvaluesBelowLower());
        assertEquals(1, s.modes().get(0).number());
        assertEquals(InertiaCheck.Count.OWN_FACTORISATION, check.lowerCount());
        assertEquals(InertiaCheck.Count.OWN_FACTORISATION, check.upperCount());
        double te111 = Math.hypot(J1_PRIME_1, Math.PI) / R;
        assertEquals(0, Math.abs(s.modes().get(0).waveNumber() - te111) / te111, 1e-7);
        // The bracketing counts (k² = 4/size², doubled until TM111, the third, lies below), the
        // window's top and bottom, the shift: nothing after the solve.
        int doublings = 0;
        double size = mesh.contour().boundingSize();
        double b = 4 / (size * size);
        while (b <= square(Math.hypot(J11, Math.PI) / R)) {
            b *= 2;
            doublings++;
        }
        assertEquals(1 + doublings + 3, counting[0].count(), "numeric factorisations");
    }

    private static double waveNumber(double frequency) {
        return 2 * Math.PI * frequency / PhysicalConstants.SPEED_OF_LIGHT;
    }

    private static double square(double x) {
        return x * x;
    }
}
