package org.cavityfem.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.Test;

/**
 * End to end on structured meshes: the pillbox TM010 (k = j01/R, Jackson §8.7) and its stored
 * energy normalisation.
 */
class PillboxStructuredTest {

    private static final double R = 0.115;

    @Test
    void tm010FrequencyAtOrderFour() {
        Mesh mesh = StructuredMeshes.pillbox(R, R, 6, 6, 4);
        ModeSolution s = new ModeSolver().solve(mesh, ModeRequest.lowest(3));
        Mode m = s.modes().get(0);
        double exact = PhysicalConstants.J01 / R;
        assertEquals(0, Math.abs(m.waveNumber() - exact) / exact, 1e-10);
        assertTrue(m.relativeResidual() < 1e-10);
        assertTrue(s.inertia().complete());
        assertEquals(3, s.modes().size());
    }

    /**
     * TM0np of a pillbox: k² = (j0n/R)² + (pπ/L)² (Jackson eq. 8.79). For R = L the three lowest are
     * TM010 (5.78/R²), TM011 (15.65/R²) and TM020 (j02² = 30.47/R²; TM012 is 45.3/R²).
     */
    @Test
    void higherModesMatchTheTm0npFamily() {
        Mesh mesh = StructuredMeshes.pillbox(R, R, 8, 8, 4);
        ModeSolution s = new ModeSolver().solve(mesh, ModeRequest.lowest(3));
        double j01 = PhysicalConstants.J01;
        double j02 = 5.520078110286311;
        double[] exact = {j01 / R, Math.hypot(j01 / R, Math.PI / R), j02 / R};
        for (int i = 0; i < 3; i++) {
            double k = s.modes().get(i).waveNumber();
            assertEquals(0, Math.abs(k - exact[i]) / exact[i], 1e-8, "mode " + i);
        }
    }

    /**
     * A search near TM020 (third monopole mode, f = c j02 / (2π R)) returns it numbered 3: the inertia
     * count places it in the spectrum.
     */
    @Test
    void modeNearATargetKnowsItsPlaceInTheSpectrum() {
        Mesh mesh = StructuredMeshes.pillbox(R, R, 8, 8, 4);
        double f020 = PhysicalConstants.SPEED_OF_LIGHT * 5.520078110286311 / (2 * Math.PI * R);
        ModeSolution s = new ModeSolver().solve(mesh, ModeRequest.near(1.01 * f020, 1));
        assertEquals(3, s.modes().get(0).number());
        assertEquals(0, Math.abs(s.modes().get(0).frequency() - f020) / f020, 1e-8);
    }

    /** Mode normalisation: U = ½ μ0 ∫ H² dV = 1 J, computed here by the mass matrix anew. */
    @Test
    void modeIsNormalisedToOneJoule() {
        Mesh mesh = StructuredMeshes.rectangle(0, R, R, 4, 4, 3, BoundaryKind.METAL, BoundaryKind.METAL,
                BoundaryKind.METAL);
        Mode m = new ModeSolver().solve(mesh, ModeRequest.lowest(1)).modes().get(0);
        var dofs = org.cavityfem.solver.hphi.DofMap.of(mesh);
        var sys = org.cavityfem.solver.hphi.HphiAssembler.assemble(mesh, dofs);
        double[] x = dofs.toUnknowns(m.magneticField());
        double[] y = new double[x.length];
        sys.mass().multiply(x, y);
        double xmx = 0;
        for (int i = 0; i < x.length; i++) {
            xmx += x[i] * y[i];
        }
        double energy = 0.5 * PhysicalConstants.MU_0 * 2 * Math.PI * xmx;
        assertEquals(1.0, energy, 1e-12);
    }
}
