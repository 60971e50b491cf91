package org.cavityfem.validation.hom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cavityfem.analysis.hom.TransverseImpedance;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.solver.hom.AzimuthalModeSolver;
import org.cavityfem.solver.hom.AzimuthalSolution;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.Test;

/**
 * Transverse R/Q of the pillbox TM110 at the axis limit, R = L = 115 mm.
 *
 * <p>Derivation: E_z = E0 J1(kr) cos φ, k = j11/R, independent of z; near the axis E_z = E0 (k r/2)
 * cos φ, so V_z(r0) = E0 (k r0/2) ∫_0^L e^{ikz} dz, |V_z| = E0 (k r0/2) L T with
 * T = sin(kL/2)/(kL/2), and V_perp = |V_z|/(k r0) = E0 L T/2 (Panofsky–Wenzel). The stored energy is
 * U = (ε0/2) ∫ |E|² dV; at the moment of peak E only E_z is non-zero, ∫_0^R J1(kr)² r dr =
 * (R²/2) J2(j11)² (A&amp;S 11.4.5 with J1(j11) = 0) and ∫ cos² φ dφ = π, so U = (ε0/4) π E0² L R²
 * J2(j11)². Hence (R/Q)_perp = V_perp²/(ωU) = η0 L T² / (π R j11 J2(j11)²) = 46.548 Ω (linac), and
 * k times that in Ω/m; the circuit convention is half. The axis derivative of E_z converges more
 * slowly than the frequency (order 5 on R/8: 4e-6; order 6 on R/8: 2e-9), hence order 6 here.
 */
class TransverseImpedanceTest {

    private static final double R = 0.115;

    @Test
    void pillboxTm110RoverQPerpAtTheAxisLimit() {
        Mesh mesh = MeshGenerator.generate(Pillbox.closed(R, R).contour(), MeshSettings.of(6, R / 8));
        AzimuthalSolution s = new AzimuthalModeSolver().lowest(mesh, 1, 2, 1e-13);
        TransverseImpedance t = TransverseImpedance.of(mesh, s.dofs(), 1, s.modes().get(1));
        double j11 = 3.831705970207512;
        double k = j11 / R;
        double tt = Math.sin(k * R / 2) / (k * R / 2);
        double j2 = BesselRoots.besselJ(2, j11);
        double exact = PhysicalConstants.ETA_0 * R * tt * tt / (Math.PI * R * j11 * j2 * j2);
        System.out.printf("TM110 (R/Q)_perp = %.9f ohm, exact %.9f ohm; %.6f ohm/m; kick %.6g V/(C m)%n",
                t.roverQLinac(), exact, t.roverQLinacPerMetre(), t.kickFactor());
        assertEquals(46.548, exact, 5e-4);
        assertEquals(0, Math.abs(t.roverQLinac() - exact) / exact, 1e-7);
        assertEquals(t.roverQLinac() / 2, t.roverQCircuit(), 0);
        assertEquals(k * t.roverQLinac(), t.roverQLinacPerMetre(), 1e-9 * k * exact);
        double omega = PhysicalConstants.SPEED_OF_LIGHT * k;
        assertEquals(omega * t.roverQLinacPerMetre() / 4, t.kickFactor(), 1e-6 * t.kickFactor());
        // TE111 has a far weaker E_z near the axis.
        TransverseImpedance te = TransverseImpedance.of(mesh, s.dofs(), 1, s.modes().get(0));
        assertTrue(te.roverQLinac() < t.roverQLinac());
    }
}
