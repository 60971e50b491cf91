package org.cavityfem.analysis.resistance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each formula against a value worked out by hand from the formula's own constants. */
class SurfaceResistanceTest {

    /**
     * 1.3 GHz, 2 K, no residual: 2e-4/2 · (1.3/1.5)² · exp(−17.67/2) = 1e-4 · 0.751111… · exp(−8.835);
     * exp(−8.835) = 1.4554867e-4, so R_BCS = 1.09323e-8 Ω (about 11 nΩ, the textbook figure for
     * TESLA cavities at 2 K).
     */
    @Test
    void padamseeFitAtTwoKelvin() {
        PadamseeBcs model = new PadamseeBcs(2.0, 0);
        assertEquals(1e-4 * (1.69 / 2.25) * 1.4554867e-4, model.at(1.3e9), 1e-7 * 1.0932e-8);
        assertEquals(1.0932322603959222e-08, model.at(1.3e9), 1e-20);
        assertEquals(1.0932322603959222e-08 + 5e-9, new PadamseeBcs(2.0, 5e-9).at(1.3e9), 1e-20);
        assertTrue(model.superconducting());
    }

    /**
     * 1.3 GHz, 2 K, Tc = 9.2 K: 9e-5 · 1.3² / 2 · exp(−1.83 · 9.2 / 2) = 7.605e-5 · exp(−8.418);
     * exp(−8.418) = 2.2085592e-4, so R_BCS = 1.67961e-8 Ω.
     */
    @Test
    void pielFormulaAtTwoKelvin() {
        PielBcs model = new PielBcs(2.0, 9.2, 0);
        assertEquals(7.605e-5 * 2.2085592e-4, model.at(1.3e9), 1e-7 * 1.6796e-8);
        assertEquals(1.6796092963858094e-08, model.at(1.3e9), 1e-20);
    }

    /**
     * Copper, σ = 5.8e7 S/m, at 1 GHz: R_s = sqrt(π f μ0 / σ) = sqrt(π · 1e9 · 1.25663706212e-6 / 5.8e7)
     * = sqrt(6.8066e-5) = 8.2502e-3 Ω (the familiar 8.25 mΩ of copper at 1 GHz).
     */
    @Test
    void copperAtOneGigahertz() {
        NormalConductor copper = new NormalConductor(5.8e7);
        assertEquals(8.250226499069327e-3, copper.at(1e9), 1e-17);
        assertEquals(8.2502e-3, copper.at(1e9), 1e-7);
        assertFalse(copper.superconducting());
    }

    @Test
    void fixedValueIgnoresFrequency() {
        assertEquals(0.01, new FixedResistance(0.01).at(5e8));
        assertEquals(0.01, new FixedResistance(0.01).at(5e9));
    }

    @Test
    void rejectsImpossibleParameters() {
        assertThrows(IllegalArgumentException.class, () -> new PielBcs(10, 9.2, 0));
        assertThrows(IllegalArgumentException.class, () -> new PadamseeBcs(2, -1e-9));
        assertThrows(IllegalArgumentException.class, () -> new NormalConductor(0));
    }
}
