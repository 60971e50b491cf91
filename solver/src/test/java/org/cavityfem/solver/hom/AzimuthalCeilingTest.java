package org.cavityfem.solver.hom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.solver.StructuredMeshes;
import org.cavityfem.solver.eigen.InertiaCheck;
import org.cavityfem.solver.testproblems.CountingFactorizer;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.Test;

/**
 * The m ≥ 1 modes below a ceiling ({@link AzimuthalModeSolver#belowCeiling}), the reference solve
 * of an error estimate (design.md §2.14), on a pillbox R = L = 115 mm whose spectrum is closed form
 * (Jackson §8.7: TM_mnp k² = (j_mn/R)² + (pπ/L)², TE_mnp k² = (j'_mn/R)² + (pπ/L)², p ≥ 1 for TE).
 * m = 1, lowest first: TE111 (j'11 = 1.8412, 1510.80 MHz), TM110 (j11 = 3.8317, 1589.77 MHz), TM111
 * (2055.81 MHz), then TE121 (j'12 = 5.3314, 2569 MHz). m = 2: TE211 (j'21 = 3.0542, 1817.90 MHz),
 * TM210 (j21 = 5.1356, 2130.77 MHz), TM211 (2497.83 MHz), then TE212 and TE221 above 2.6 GHz.
 */
class AzimuthalCeilingTest {

    private static final double R = 0.115;
    private static final double[][] EXACT = {
        {Math.hypot(1.841183781340659, Math.PI) / R, 3.831705970207512 / R, Math.hypot(3.831705970207512, Math.PI) / R},
        {Math.hypot(3.054236928227140, Math.PI) / R, 5.135622301840683 / R, Math.hypot(5.135622301840683, Math.PI) / R}};

    @Test
    void everyModeBelowTheCeilingOnTheKernelsAndTheCeilingsCountsAndTheShiftsFactorisation() {
        // Order 4 reported, order 5 reference on the same 6 × 6 triangulation; the ceiling is the
        // reported third mode raised by 1e-3, as the study sets it.
        Mesh p4 = StructuredMeshes.pillbox(R, R, 6, 6, 4);
        Mesh p5 = StructuredMeshes.pillbox(R, R, 6, 6, 5);
        for (int m = 1; m <= 2; m++) {
            AzimuthalSolution low = new AzimuthalModeSolver().lowest(p4, m, 3, 1e-13);
            double ceiling = frequency(low.modes().get(2).waveNumber()) * (1 + 1e-3);
            CountingFactorizer[] counting = new CountingFactorizer[1];
            AzimuthalSolution high = new AzimuthalModeSolver(f -> counting[0] = new CountingFactorizer(f))
                    .belowCeiling(p5, m, 3, ceiling, 1e-13);
            assertEquals(3, high.modes().size(), "m = " + m + ": exactly the three modes below the ceiling");
            for (int i = 0; i < 3; i++) {
                double exact = EXACT[m - 1][i];
                assertEquals(0, Math.abs(high.modes().get(i).waveNumber() - exact) / exact, 1e-8, "m = " + m + " #" + i);
                assertEquals(i + 1, high.modes().get(i).number());
            }
            InertiaCheck check = high.inertia();
            assertTrue(check.complete());
            assertEquals(high.kernelDimension(), check.eigenvaluesBelowLower(), "the kernel and no mode below");
            assertEquals(high.kernelDimension() + 3, check.eigenvaluesBelowUpper());
            assertEquals(square(2 * Math.PI * ceiling / PhysicalConstants.SPEED_OF_LIGHT), check.upper(),
                    1e-15 * check.upper());
            // Just above 0, at the ceiling, then the shift's: no bracketing by doubling.
            assertEquals(3, counting[0].count(), "m = " + m + ": numeric factorisations");
        }
    }

    @Test
    void lowestForOneModeMoreConvergesMoreModesWithMoreFactorisations() {
        // What the reference asked for before: the four lowest, bracketed by doubling k² and solved in
        // a window up to 1.1 times the bracket, which here holds every mode up to TE121 and beyond.
        Mesh p5 = StructuredMeshes.pillbox(R, R, 6, 6, 5);
        CountingFactorizer[] counting = new CountingFactorizer[1];
        AzimuthalSolution s = new AzimuthalModeSolver(f -> counting[0] = new CountingFactorizer(f)).lowest(p5, 1, 4,
                1e-13);
        System.out.printf(java.util.Locale.ROOT, "lowest 4 of m = 1 at order 5: %d modes converged, %d factorisations%n",
                s.inertia().expected(), counting[0].count());
        assertTrue(s.inertia().expected() > 4, s.inertia().expected() + " modes converged");
        assertTrue(counting[0].count() > 3, counting[0].count() + " factorisations");
    }

    @Test
    void aCeilingBelowTheCountthModeGivesTheCountLowest() {
        // A ceiling between TE111 and TM110 holds one mode: the three lowest are returned all the same.
        Mesh mesh = StructuredMeshes.pillbox(R, R, 6, 6, 4);
        AzimuthalSolution s = new AzimuthalModeSolver().belowCeiling(mesh, 1, 3, 1.55e9, 1e-13);
        assertEquals(3, s.modes().size());
        for (int i = 0; i < 3; i++) {
            assertEquals(0, Math.abs(s.modes().get(i).waveNumber() - EXACT[0][i]) / EXACT[0][i], 1e-7, "#" + i);
        }
        assertTrue(s.inertia().complete());
    }

    /**
     * Why the ceiling of m ≥ 1 is raised by 1e-3 and checked by the pairing rather than proved by
     * min-max: the order-4 space of this triangulation lies in the order-5 space (v in Nédélec N_q, w
     * in Lagrange P_q, the same exact maps and the order-free axis conditions v = 0, w = 0), but the
     * gradient kernel {v = 0} × W grows with W, the positive eigenvalues are those of the quotient by
     * it, and its norm min over w of b shrinks as W grows: an order-(p + 1) eigenvalue may lie above the
     * order-p one at its place. Pillbox R = 115 mm, L = 50 mm, m = 3, at order 3 on the mesher's
     * triangulation for elements of 0.35 of the cavity's size (18 triangles) against order 4 on it: the
     * sixth eigenvalue rises by 6.5e-5 in k², less than the 2e-3 that the raise of 1e-3 in frequency
     * covers (the largest rise found over the pillboxes L = 115 and 50 mm, the sphere and the TESLA
     * mid-cell, m = 1 to 3, orders 2 to 7, was 8.6e-4, at order 2).
     */
    @Test
    void theEdgeNodalEigenvaluesNeedNotFallWithTheOrder() {
        Contour pillbox = Pillbox.closed(R, 0.05).contour();
        List<Mesh> meshes = MeshGenerator.generate(pillbox, MeshSettings.of(3, 0.35 * pillbox.boundingSize()), null, 0,
                3, 4);
        AzimuthalSolution a = new AzimuthalModeSolver().lowest(meshes.get(0), 3, 6, 1e-13);
        AzimuthalSolution b = new AzimuthalModeSolver().lowest(meshes.get(1), 3, 6, 1e-13);
        double largest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 6; i++) {
            largest = Math.max(largest, b.modes().get(i).eigenvalue() / a.modes().get(i).eigenvalue() - 1);
        }
        assertTrue(largest > 1e-6 && largest < 2e-3, "largest rise of k² " + largest);
    }

    private static double frequency(double waveNumber) {
        return waveNumber * PhysicalConstants.SPEED_OF_LIGHT / (2 * Math.PI);
    }

    private static double square(double x) {
        return x * x;
    }
}
