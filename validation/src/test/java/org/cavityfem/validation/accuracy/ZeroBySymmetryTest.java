package org.cavityfem.validation.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cavityfem.analysis.accuracy.ModeErrors;
import org.cavityfem.analysis.hom.AzimuthalFigures;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.study.AzimuthalStudyResult;
import org.cavityfem.study.PreparedCase;
import org.cavityfem.study.Study;
import org.cavityfem.study.StudyListener;
import org.junit.jupiter.api.Test;

/**
 * Figures that are zero by symmetry (design.md §2.14, {@code analysis.accuracy.ZeroFigures}) on the
 * shipped HOM scan of the closed pillbox R = L = 115 mm ({@code cases/hom/pillbox-scan.json}), where
 * the closed forms (Jackson, Classical Electrodynamics, 3rd ed., §8.7) say which vanish:
 * <ul>
 * <li>a TE0np mode has E = E_φ only, tangential to every metal wall, so its surface E_pk is zero,
 *     and with E_z ≡ 0 its longitudinal voltages and R/Q too;</li>
 * <li>a TE mnp mode of the pillbox (the scan's TE-like m = 1 #1 is TE111) has E_z ≡ 0, so its
 *     transverse voltage (Panofsky–Wenzel: from ∂E_z/∂r), (R/Q)_perp, kick factor and longitudinal
 *     voltage at the offset are zero; so are TE211's (TE-like m = 2 #1), which its m = 2 axis limit
 *     (c_2, the r² coefficient of E_z) showed as 1.1e-3 Z0 with an estimate of 0.99 while it was
 *     taken from E_z/r² a step of 1e-4 from the axis;</li>
 * <li>the TM modes' R/Q and peaks are not (TM010's R/Q is 222.75 Ω, TM110's (R/Q)_perp 46.5 Ω at the
 *     axis limit, {@code AzimuthalFiguresTest}).</li>
 * </ul>
 * Before, these figures reported relative estimates near 1 (TE111's (R/Q)_perp 0.9989, TE0 E_pk
 * 0.28) that would have driven a refinement for ever; now they are named with a reason and carry
 * no estimate.
 */
class ZeroBySymmetryTest {

    @Test
    void theZerosOfThePillboxScanAreNamedAndCarryNoEstimate() throws Exception {
        AzimuthalStudyResult r = new Study(new ModeSolver(), StudyListener.none())
                .runAzimuthal(PreparedCase.read(Path.of("..", "cases", "hom", "pillbox-scan.json")));
        List<AzimuthalFigures> modes = r.modes();
        int te0 = 0;
        int te111 = 0;
        int te211 = 0;
        for (int i = 0; i < modes.size(); i++) {
            AzimuthalFigures f = modes.get(i);
            ModeErrors e = r.errors(i).orElseThrow();
            Map<String, String> zero = e.zero();
            for (String key : zero.keySet()) {
                assertFalse(e.values().containsKey(key), f.label() + ": " + key + " is zero and has an estimate");
            }
            if (f.label().startsWith("TE0")) {
                te0++;
                assertTrue(zero.keySet().containsAll(Set.of("Epk_V_per_m", "Epk_location_m", "RoverQ_axis_linac_ohm")),
                        f.label() + ": " + zero);
            } else if (f.label().equals("TE-like m=1 #1")) {
                te111++;
                assertEquals(2 * Math.PI * 1510.8e6, 2 * Math.PI * f.frequency(), 2 * Math.PI * 0.1e6, "TE111");
                assertTrue(zero.keySet().containsAll(Set.of("Vperp_V", "RoverQ_perp_linac_ohm", "kickFactor_V_per_C_m",
                        "Vz_atOffset_V")), f.label() + ": " + zero);
            } else if (f.label().equals("TE-like m=2 #1")) {
                te211++;
                assertEquals(1817.9e6, f.frequency(), 0.1e6, "TE211");
                assertTrue(zero.keySet().containsAll(Set.of("Vperp_V", "RoverQ_perp_linac_ohm", "RoverQ_perp_circuit_ohm",
                        "Vz_atOffset_V")), f.label() + ": " + zero);
            } else if (f.label().startsWith("TM")) {
                assertTrue(zero.isEmpty(), f.label() + " has no zero figure: " + zero);
                assertTrue(e.values().keySet().stream().anyMatch(k -> k.startsWith("RoverQ")), f.label());
            }
        }
        assertEquals(3, te0, "TE0 modes of the scan");
        assertEquals(1, te111, "TE111");
        assertEquals(1, te211, "TE211");
    }
}
