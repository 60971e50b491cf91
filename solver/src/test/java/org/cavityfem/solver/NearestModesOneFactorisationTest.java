package org.cavityfem.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The modes of a pillbox nearest a target frequency (R = L, TM0np k² = (j0n/R)² + (pπ/L)², Jackson
 * eq. 8.79: TM010 5.78/R², TM011 15.65/R², TM020 30.47/R², TM021 40.34/R²) proved complete by the
 * one factorisation at a ceiling the order-1 solve places above them.
 */
class NearestModesOneFactorisationTest {

    private static final double R = 0.115;

    @Test
    void theCeilingsFactorisationAloneProvesTheTwoNearest() {
        // Target k² = 17/R²: TM011 (15.65) is nearest, then TM010 (5.78, 11.2 away) before TM020
        // (30.47, 13.5 away). 40 × 40 cells at order 4: about 25 000 unknowns.
        Mesh mesh = StructuredMeshes.pillbox(R, R, 40, 40, 4);
        double target = Math.sqrt(17) / R * PhysicalConstants.SPEED_OF_LIGHT / (2 * Math.PI);
        CountingFactorizer factorizer = new CountingFactorizer(new SupernodalLdlFactorizer());
        // The ceiling from this size on (by default above ModeSolver.LARGEST_NEAREST_AT_TARGET, where
        // it also saves time), so that a unit test can afford the mesh.
        ModeSolution s = new ModeSolver(new ShiftInvertEigenSolver(factorizer), GeometryMode.EXACT)
                .withNearestCeilingAbove(20_000).solve(mesh, ModeRequest.near(target, 2));
        double j01 = PhysicalConstants.J01;
        double[] exact = {j01 / R, Math.hypot(j01 / R, Math.PI / R)};
        assertEquals(2, s.modes().size());
        for (int i = 0; i < 2; i++) {
            double k = s.modes().get(i).waveNumber();
            assertEquals(0, Math.abs(k - exact[i]) / exact[i], 1e-8, "mode " + i);
            assertEquals(i + 1, s.modes().get(i).number());
        }
        InertiaCheck check = s.inertia();
        assertTrue(check.complete());
        assertEquals(InertiaCheck.Count.SHIFT_FACTORISATION_AND_FOUND_PAIRS, check.lowerCount());
        assertEquals(InertiaCheck.Count.SHIFT_FACTORISATION_AND_FOUND_PAIRS, check.upperCount());
        assertEquals(1, factorizer.count(), "numeric factorisations of the order-4 pencil");
    }

    @Test
    void belowTheSizeForACeilingTheTargetKeepsItsOwnFactorisationAndTheWindowsCounts() {
        // 40 × 40 cells at order 4, about 25 000 unknowns, with the default solver: below
        // ModeSolver.LARGEST_NEAREST_AT_TARGET the shift is the target, and the window's upper end is
        // counted on its own.
        Mesh mesh = StructuredMeshes.pillbox(R, R, 40, 40, 4);
        double target = Math.sqrt(17) / R * PhysicalConstants.SPEED_OF_LIGHT / (2 * Math.PI);
        CountingFactorizer factorizer = new CountingFactorizer(new SupernodalLdlFactorizer());
        ModeSolution s = new ModeSolver(new ShiftInvertEigenSolver(factorizer), GeometryMode.EXACT)
                .solve(mesh, ModeRequest.near(target, 2));
        assertTrue(s.inertia().complete());
        assertEquals(InertiaCheck.Count.OWN_FACTORISATION, s.inertia().upperCount());
        assertEquals(1 + s.inertia().ownFactorisations(), factorizer.count());
    }
}
