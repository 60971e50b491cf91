package org.cavityfem.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.assembly.GeometryMode;
import org.cavityfem.solver.eigen.InertiaCheck;
import org.cavityfem.solver.eigen.ShiftInvertEigenSolver;
import org.cavityfem.solver.linalg.SupernodalLdlFactorizer;
import org.cavityfem.solver.testproblems.CountingFactorizer;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.Test;

/**
 * The lowest modes below a ceiling the caller knows ({@link ModeRequest#belowCeiling}), on a pillbox
 * R = L whose TM0np spectrum is closed form, k² = (j0n/R)² + (pπ/L)² (Jackson eq. 8.79): TM010
 * 5.78/R², TM011 15.65/R², TM020 30.47/R², then TM021 40.34/R².
 */
class ModesBelowCeilingTest {

    private static final double R = 0.115;
    private static final double J02 = 5.520078110286311;
    /** Closed-form wave numbers of the three lowest modes (1/m). */
    private static final double[] EXACT = {PhysicalConstants.J01 / R, Math.hypot(PhysicalConstants.J01 / R,
            Math.PI / R), J02 / R};

    /** The frequency (Hz) of wave number k²·R² = {@code kr2}. */
    private static double frequency(double kr2) {
        return Math.sqrt(kr2) / R * PhysicalConstants.SPEED_OF_LIGHT / (2 * Math.PI);
    }

    @Test
    void everyModeBelowTheCeilingIsReturnedAndProvedByItsFactorisationAlone() {
        // 20 × 20 cells at order 4: about 6 400 unknowns, solved by Lanczos. The ceiling k² = 35/R²
        // lies between TM020 (30.47) and TM021 (40.34): three modes below it, one more than asked.
        Mesh mesh = StructuredMeshes.pillbox(R, R, 20, 20, 4);
        CountingFactorizer factorizer = new CountingFactorizer(new SupernodalLdlFactorizer());
        ModeSolution s = new ModeSolver(new ShiftInvertEigenSolver(factorizer), GeometryMode.EXACT)
                .solve(mesh, ModeRequest.belowCeiling(2, frequency(35), 1e-13, ModeFamily.TM));
        assertEquals(3, s.modes().size());
        for (int i = 0; i < 3; i++) {
            assertEquals(0, Math.abs(s.modes().get(i).waveNumber() - EXACT[i]) / EXACT[i], 1e-7, "mode " + i);
            assertEquals(i + 1, s.modes().get(i).number());
        }
        InertiaCheck check = s.inertia();
        assertTrue(check.complete());
        assertEquals(3, check.eigenvaluesBelowUpper());
        assertEquals(0, check.eigenvaluesBelowLower());
        assertEquals(InertiaCheck.Count.SHIFT_FACTORISATION, check.upperCount());
        assertEquals(InertiaCheck.Count.SHIFT_FACTORISATION_AND_FOUND_PAIRS, check.lowerCount());
        assertEquals(1, factorizer.count(), "numeric factorisations: the ceiling's only, no order-1 estimate");
    }

    @Test
    void aCeilingBelowTheCountthModeGivesTheCountLowestProvedAboveThem() {
        // k² = 10/R² has only TM010 below it: the three lowest are returned all the same, the window's
        // upper end counted by a factorisation of its own.
        Mesh mesh = StructuredMeshes.pillbox(R, R, 20, 20, 4);
        ModeSolution s = new ModeSolver().solve(mesh, ModeRequest.belowCeiling(3, frequency(10), 1e-13, ModeFamily.TM));
        assertEquals(3, s.modes().size());
        for (int i = 0; i < 3; i++) {
            assertEquals(0, Math.abs(s.modes().get(i).waveNumber() - EXACT[i]) / EXACT[i], 1e-7, "mode " + i);
        }
        assertTrue(s.inertia().complete());
        assertEquals(3, s.inertia().eigenvaluesBelowUpper());
        assertEquals(InertiaCheck.Count.OWN_FACTORISATION, s.inertia().upperCount());
    }

    @Test
    void theOrderPModesLieAboveTheOrderPPlusOnesSoTheirTopIsACeiling() {
        // The exact element maps do not depend on the order, so the order-3 space lies in the
        // order-4 space of the same triangulation: λ_i(4) ≤ λ_i(3) place by place (min-max), and the
        // order-3 third eigenvalue, barely raised, has at least three order-4 eigenvalues below it.
        Mesh p3 = StructuredMeshes.pillbox(R, R, 4, 4, 3);
        Mesh p4 = StructuredMeshes.pillbox(R, R, 4, 4, 4);
        ModeSolution low = new ModeSolver().solve(p3, ModeRequest.lowest(3));
        ModeSolution high = new ModeSolver().solve(p4, ModeRequest.belowCeiling(3,
                low.modes().get(2).frequency() * (1 + 1e-6), 1e-13, ModeFamily.TM));
        assertTrue(high.modes().size() >= 3);
        for (int i = 0; i < 3; i++) {
            double k3 = low.modes().get(i).waveNumber();
            double k4 = high.modes().get(i).waveNumber();
            assertTrue(k4 <= k3 * (1 + 1e-12) && k4 >= EXACT[i] * (1 - 1e-12),
                    "mode " + i + ": order 3 " + k3 + ", order 4 " + k4 + ", exact " + EXACT[i]);
        }
        assertTrue(high.inertia().complete());
    }

    /**
     * The same for TE0 (design.md §2.10): E_phi in the same nodal space on the same exact maps, with
     * E_phi = 0 on the axis and the metal (order-free conditions), so the order-3 space lies in the
     * order-4 one; K is definite (no static field). Pillbox R = L, TE0np k² = (j'0n/R)² + (pπ/L)²,
     * j'01 = j11 = 3.8317 (Jackson §8.7): TE011 24.55/R², TE012 54.16/R², TE021 (j'02 = 7.0156)
     * 59.09/R².
     */
    @Test
    void theTe0ModesOfOrderPLieAboveTheOrderPPlusOnesToo() {
        double j11 = 3.831705970207512;
        double[] exact = {Math.hypot(j11, Math.PI) / R, Math.hypot(j11, 2 * Math.PI) / R,
            Math.hypot(7.015586669815619, Math.PI) / R};
        Mesh p3 = StructuredMeshes.pillbox(R, R, 4, 4, 3);
        Mesh p4 = StructuredMeshes.pillbox(R, R, 4, 4, 4);
        ModeRequest lowest = ModeRequest.lowest(3).withFamily(ModeFamily.TE);
        ModeSolution low = new ModeSolver().solve(p3, lowest);
        CountingFactorizer factorizer = new CountingFactorizer(new SupernodalLdlFactorizer());
        ModeSolution high = new ModeSolver(new ShiftInvertEigenSolver(factorizer), GeometryMode.EXACT).solve(p4,
                ModeRequest.belowCeiling(3, low.modes().get(2).frequency() * (1 + 1e-6), 1e-13, ModeFamily.TE));
        assertEquals(3, high.modes().size());
        for (int i = 0; i < 3; i++) {
            double k3 = low.modes().get(i).waveNumber();
            double k4 = high.modes().get(i).waveNumber();
            assertTrue(k4 <= k3 * (1 + 1e-12) && k4 >= exact[i] * (1 - 1e-12),
                    "TE mode " + i + ": order 3 " + k3 + ", order 4 " + k4 + ", exact " + exact[i]);
            assertEquals(0, Math.abs(k4 - exact[i]) / exact[i], 1e-4, "TE mode " + i);
        }
        assertTrue(high.inertia().complete());
        assertEquals(3, high.inertia().eigenvaluesBelowUpper());
        assertEquals(1, factorizer.count(), "numeric factorisations: the ceiling's only");
    }

    @Test
    void theDenseSolveAlsoReturnsEveryModeBelowTheCeiling() {
        // 3 × 3 cells at order 2: fewer than 200 unknowns, solved densely. The ceiling goes halfway
        // between the mesh's own third and fourth eigenvalues: three modes for a request of one.
        Mesh mesh = StructuredMeshes.pillbox(R, R, 3, 3, 2);
        ModeSolution four = new ModeSolver().solve(mesh, ModeRequest.lowest(4));
        assertTrue(four.unknowns() <= 200, four.unknowns() + " unknowns");
        double ceiling = 0.5 * (four.modes().get(2).frequency() + four.modes().get(3).frequency());
        ModeSolution s = new ModeSolver().solve(mesh, ModeRequest.belowCeiling(1, ceiling, 1e-13, ModeFamily.TM));
        assertEquals(3, s.modes().size());
        for (int i = 0; i < 3; i++) {
            assertEquals(four.modes().get(i).frequency(), s.modes().get(i).frequency(),
                    1e-12 * four.modes().get(i).frequency());
        }
        assertTrue(s.inertia().complete());
        assertEquals(3, s.inertia().eigenvaluesBelowUpper());
    }

    @Test
    void aCeilingIsCheckedLikeEveryOtherPartOfTheRequest() {
        assertThrows(IllegalArgumentException.class, () -> ModeRequest.belowCeiling(2, 0, 1e-13, ModeFamily.TM));
        assertThrows(IllegalArgumentException.class, () -> ModeRequest.belowCeiling(2, -1e9, 1e-13, ModeFamily.TM));
        assertThrows(IllegalArgumentException.class,
                () -> ModeRequest.belowCeiling(2, Double.NaN, 1e-13, ModeFamily.TM));
        assertThrows(IllegalArgumentException.class,
                () -> ModeRequest.belowCeiling(2, Double.POSITIVE_INFINITY, 1e-13, ModeFamily.TM));
        assertThrows(IllegalArgumentException.class, () -> ModeRequest.belowCeiling(0, 1e9, 1e-13, ModeFamily.TM));
        // A ceiling bounds the lowest modes; the modes nearest a target have none.
        assertThrows(IllegalArgumentException.class, () -> new ModeRequest(2, 1.3e9, 1e-13, ModeFamily.TM, 1.4e9));
        assertThrows(IllegalArgumentException.class, () -> new ModeRequest(2, 0, 1e-13, ModeFamily.TM, -1));
        ModeRequest te = ModeRequest.belowCeiling(2, 1e9, 1e-13, ModeFamily.TM).withFamily(ModeFamily.TE);
        assertEquals(1e9, te.ceilingFrequency());
        assertEquals(ModeFamily.TE, te.family());
        assertTrue(te.hasCeiling());
        assertTrue(!ModeRequest.lowest(2).hasCeiling());
    }
}
