package org.cavityfem.analysis.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one rule for figures without a significant digit on a resolved mode ({@link
 * ZeroFigures#withoutDigits}, design.md §2.14 "Figures without digits"), which both refinement loops
 * apply: an estimate of at least 0.1 when the mode's frequency estimate is at most 1e-6, with the
 * figures that follow it (its voltage and other conventions, a peak's location), a location never on
 * its own. The estimates are those the pillbox scan showed for TE211 before its m = 2 axis limit was
 * resolved (design.md §2.14): (R/Q)_perp 0.99 and V_perp 0.89 at a frequency estimate of 1e-9.
 */
class WithoutDigitsTest {

    private static Map<String, Double> te211(double frequencyEstimate) {
        Map<String, Double> e = new LinkedHashMap<>();
        e.put("frequency_Hz", frequencyEstimate);
        e.put("G_ohm", 2e-5);
        e.put("Hpk_A_per_m", 3e-5);
        e.put("Hpk_location_m", 0.3);
        e.put("Vperp_V", 0.89);
        e.put("RoverQ_perp_linac_ohm", 0.99);
        e.put("RoverQ_perp_circuit_ohm", 0.99);
        return e;
    }

    @Test
    void aResolvedModesFiguresWithoutADigitAndTheirFollowers() {
        Map<String, String> none = ZeroFigures.withoutDigits(te211(1e-9));
        assertEquals(List.of("Vperp_V", "RoverQ_perp_linac_ohm", "RoverQ_perp_circuit_ohm"), List.copyOf(none.keySet()));
        assertTrue(none.get("RoverQ_perp_linac_ohm").startsWith("estimate 0.99"), none.toString());
        // A location is judged with its peak: 0.3 alone is no verdict.
        assertTrue(!none.containsKey("Hpk_location_m"));
    }

    @Test
    void aPeakWithoutADigitTakesItsLocation() {
        Map<String, Double> e = te211(1e-9);
        e.put("Hpk_A_per_m", 0.4);
        Map<String, String> none = ZeroFigures.withoutDigits(e);
        assertEquals("no digit with Hpk_A_per_m", none.get("Hpk_location_m"));
    }

    @Test
    void anUnresolvedModeIsStillConverging() {
        assertTrue(ZeroFigures.withoutDigits(te211(2e-6)).isEmpty(), "frequency estimate above 1e-6");
        assertTrue(ZeroFigures.withoutDigits(Map.of("RoverQ_ohm", 0.5)).isEmpty(), "no frequency estimate");
    }

    @Test
    void aSingularPeakKeepsItsOwnVerdict() {
        // E_pk at a re-entrant corner has no finite value (SingularPeak): reported as such, not as "no digit".
        Map<String, Double> v = te211(1e-9);
        v.put("Epk_V_per_m", 0.3);
        v.put("EpkOverEacc", 0.3);
        ModeErrors e = new ModeErrors(0, 1, 1e-9, v, Map.of(), Optional.of("E_pk at a re-entrant corner"));
        assertTrue(!e.withoutDigits().containsKey("Epk_V_per_m") && !e.withoutDigits().containsKey("EpkOverEacc"));
        assertTrue(e.withoutDigits().containsKey("RoverQ_perp_linac_ohm"));
    }

    @Test
    void modeErrorsAnswerWithTheSameRuleAfterTheZerosAreTakenOut() {
        // A figure zero by symmetry leaves the estimates first, so it is not also without digits.
        ModeErrors e = new ModeErrors(0, 1, 1e-9, te211(1e-9), Map.of(), Optional.empty(),
                Map.of("RoverQ_perp_linac_ohm", "zero"));
        assertEquals(List.of("Vperp_V", "RoverQ_perp_circuit_ohm"), List.copyOf(e.withoutDigits().keySet()));
    }
}
