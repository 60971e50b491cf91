package org.cavityfem.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.assembly.GeometryMode;
import org.cavityfem.solver.eigen.InertiaCheck;
import org.cavityfem.solver.eigen.ShiftInvertEigenSolver;
import org.cavityfem.solver.linalg.SupernodalLdlFactorizer;
import org.cavityfem.units.PhysicalConstants;
import org.cavityfem.solver.testproblems.CountingFactorizer;
import org.junit.jupiter.api.Test;

/**
 * The lowest modes of a pillbox (R = L, TM0np k² = (j0n/R)² + (pπ/L)², Jackson eq. 8.79: TM010
 * 5.78/R², TM011 15.65/R², TM020 30.47/R²) proved complete by the one factorisation at a shift the
 * order-1 solve places above them.
 */
class LowestModesOneFactorisationTest {

    private static final double R = 0.115;

    @Test
    void theShiftsFactorisationAloneProvesTheLowestThree() {
        // 40 × 40 cells at order 4: about 25 000 unknowns, above ModeSolver.SMALLEST_WITH_CEILING.
        Mesh mesh = StructuredMeshes.pillbox(R, R, 40, 40, 4);
        CountingFactorizer factorizer = new CountingFactorizer(new SupernodalLdlFactorizer());
        ModeSolution s = new ModeSolver(new ShiftInvertEigenSolver(factorizer), GeometryMode.EXACT)
                .solve(mesh, ModeRequest.lowest(3));
        double j01 = PhysicalConstants.J01;
        double j02 = 5.520078110286311;
        double[] exact = {j01 / R, Math.hypot(j01 / R, Math.PI / R), j02 / R};
        for (int i = 0; i < 3; i++) {
            double k = s.modes().get(i).waveNumber();
            assertEquals(0, Math.abs(k - exact[i]) / exact[i], 1e-8, "mode " + i);
            assertEquals(i + 1, s.modes().get(i).number());
        }
        InertiaCheck check = s.inertia();
        assertTrue(check.complete());
        assertEquals(InertiaCheck.Count.SHIFT_FACTORISATION, check.upperCount());
        assertEquals(InertiaCheck.Count.SHIFT_FACTORISATION_AND_FOUND_PAIRS, check.lowerCount());
        assertEquals(1, factorizer.count(), "numeric factorisations of the order-4 pencil");
        // The shift lies above the third eigenvalue and below the fourth (TM021, (j02/R)² + (π/R)²
        // = 40.34/R²) by a margin set by the order-1 error, so exactly three lie below it.
        assertEquals(3, check.eigenvaluesBelowUpper());
        assertTrue(check.upper() > exact[2] * exact[2] && check.upper() < 40.34 / (R * R), "σ = " + check.upper());
    }

    @Test
    void theOrderOneMeshIsASubspaceSoItsEigenvaluesLieAbove() {
        // Min-max: the order-1 space on the same exact element maps lies in the order-4 space, so each
        // of its eigenvalues is at or above the order-4 one of the same place, and both above the
        // exact (j01/R)² (conforming discretisations of the same Rayleigh quotient).
        Mesh mesh = StructuredMeshes.pillbox(R, R, 10, 10, 4);
        Mesh vertices = mesh.vertexMesh();
        assertEquals(1, vertices.order());
        assertEquals(mesh.elementCount(), vertices.elementCount());
        assertEquals(mesh.vertexCount(), vertices.nodeCount());
        double k4 = new ModeSolver().solve(mesh, ModeRequest.lowest(1)).modes().get(0).waveNumber();
        double k1 = new ModeSolver().solve(vertices, ModeRequest.lowest(1)).modes().get(0).waveNumber();
        double exact = PhysicalConstants.J01 / R;
        assertTrue(k1 > k4 && k4 > exact * (1 - 1e-12), "k1 = " + k1 + ", k4 = " + k4 + ", exact " + exact);
    }
}
