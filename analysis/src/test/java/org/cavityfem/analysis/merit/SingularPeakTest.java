package org.cavityfem.analysis.merit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.cavityfem.analysis.resistance.NormalConductor;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolver;
import org.junit.jupiter.api.Test;

/**
 * E_pk at a square pipe entrance, a re-entrant corner of interior angle 3π/2 where H ∝ ρ^(2/3)
 * and |E| ∝ ρ^(−1/3) (Grisvard, Elliptic Problems in Nonsmooth Domains, §4.4), is flagged; the
 * closed pillbox, whose peak lies on its end plates away from any singular corner, is not.
 */
class SingularPeakTest {

    private static Optional<String> flag(Pillbox pillbox) {
        Mesh mesh = MeshGenerator.generate(pillbox.contour(), MeshSettings.of(3, 0.02));
        var mode = new ModeSolver().solve(mesh, ModeRequest.lowest(1)).modes().get(0);
        MeritSettings settings = new MeritSettings(1e6, pillbox.gap(), 1, new NormalConductor(5.8e7));
        return SingularPeak.ofElectricPeak(ModeAnalysis.of(mesh, mode, settings));
    }

    @Test
    void aPeakAtAPipeEntranceIsFlaggedAndAClosedPillboxIsNot() {
        Optional<String> pipe = flag(new Pillbox(0.115, 0.115, 0.03, 0.06));
        assertTrue(pipe.isPresent() && pipe.get().contains("re-entrant corner") && pipe.get().contains("270 degrees")
                && pipe.get().contains("rho^(-0.333)"), pipe.toString());
        Optional<String> closed = flag(Pillbox.closed(0.115, 0.115));
        assertTrue(closed.isEmpty(), closed.toString());
        // Rounded by a 5 mm blend, the step is smooth (tangent arcs) and E_pk is finite.
        Optional<String> blended = flag(new Pillbox(0.115, 0.115, 0.03, 0.06, 0.005));
        assertTrue(blended.isEmpty(), blended.toString());
    }
}
