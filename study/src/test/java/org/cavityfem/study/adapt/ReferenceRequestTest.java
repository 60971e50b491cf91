package org.cavityfem.study.adapt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cavityfem.analysis.accuracy.OrderComparison;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.solver.ModeFamily;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.Test;

/**
 * The reference solve of the error estimates ({@link AdaptiveSolve#referenceRequest}): one order
 * higher on the same triangulation it asks for every mode below the reported solve's highest
 * frequency, slightly raised, which the min-max principle guarantees holds at least as many modes;
 * on a pillbox R = L = 115 mm, whose TM0np modes are closed form, k² = (j0n/R)² + (pπ/L)² (Jackson
 * eq. 8.79: TM010 5.78/R², TM011 15.65/R², TM020 30.47/R²).
 */
class ReferenceRequestTest {

    private static final double R = 0.115;

    private static List<Mesh> meshes(int p, int q) {
        return MeshGenerator.generate(Pillbox.closed(R, R).contour(), MeshSettings.of(p, 0.04), null, 0, p, q);
    }

    @Test
    void theLowestModesReferenceTakesTheReportedTopAsCeiling() {
        List<Mesh> m = meshes(3, 4);
        ModeRequest request = ModeRequest.lowest(2);
        ModeSolution low = new ModeSolver().solve(m.get(0), request);
        ModeRequest ref = AdaptiveSolve.referenceRequest(request, low, m.get(1));
        assertTrue(ref.hasCeiling());
        assertEquals(2, ref.count());
        assertEquals(low.modes().get(1).frequency() * (1 + AdaptiveSolve.REFERENCE_CEILING_RAISE),
                ref.ceilingFrequency(), 0);
        ModeSolution high = new ModeSolver().solve(m.get(1), ref);
        // Exactly TM010 and TM011 below the ceiling (TM020 is far above), each lower than its order-3
        // value and both proved by the ceiling's one factorisation.
        assertEquals(2, high.modes().size());
        for (int i = 0; i < 2; i++) {
            assertTrue(high.modes().get(i).frequency() <= low.modes().get(i).frequency(), "mode " + i);
        }
        assertTrue(high.inertia().complete());
        assertEquals(2, high.inertia().eigenvaluesBelowUpper());
        double exact = PhysicalConstants.J01 / R;
        assertEquals(0, Math.abs(high.modes().get(0).waveNumber() - exact) / exact, 1e-6);
    }

    @Test
    void aModeThatComesDownBelowTheCeilingIsReturnedAndLeftUnpairedByTheComparison() {
        // A crossing: the reference holds a mode the reported solve does not have below its top. Here
        // TM020 is let in by a ceiling above it; the comparison still pairs TM010 and TM011 with
        // their own partners, by field overlap, and leaves the extra mode alone.
        List<Mesh> m = meshes(3, 4);
        ModeSolution low = new ModeSolver().solve(m.get(0), ModeRequest.lowest(2));
        double above = PhysicalConstants.SPEED_OF_LIGHT / (2 * Math.PI) * Math.sqrt(35) / R;
        ModeSolution high = new ModeSolver().solve(m.get(1), ModeRequest.belowCeiling(2, above, 1e-13,
                ModeFamily.TM));
        assertEquals(3, high.modes().size());
        OrderComparison pairs = OrderComparison.of(m.get(0), low.modes(), m.get(1), high.modes());
        assertEquals(0, pairs.match(0));
        assertEquals(1, pairs.match(1));
    }

    @Test
    void otherwiseTheReferenceAsksForOneModeMore() {
        // Modes nearest a target have no ceiling from min-max; neither does a reference one order
        // lower (at the highest order), whose eigenvalues lie above the reported ones.
        List<Mesh> m = meshes(3, 4);
        ModeRequest near = ModeRequest.near(2.0e9, 2);
        ModeSolution low = new ModeSolver().solve(m.get(0), near);
        ModeRequest ref = AdaptiveSolve.referenceRequest(near, low, m.get(1));
        assertFalse(ref.hasCeiling());
        assertEquals(3, ref.count());
        assertEquals(near.targetFrequency(), ref.targetFrequency());

        List<Mesh> top = meshes(4, 3);
        ModeRequest lowest = ModeRequest.lowest(2);
        ModeSolution high = new ModeSolver().solve(top.get(0), lowest);
        ModeRequest down = AdaptiveSolve.referenceRequest(lowest, high, top.get(1));
        assertFalse(down.hasCeiling());
        assertEquals(3, down.count());
    }
}
