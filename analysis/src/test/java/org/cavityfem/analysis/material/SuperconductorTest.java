package org.cavityfem.analysis.material;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Niobium's derived properties from the paper's Table 1 and textbook formulas. */
class SuperconductorTest {

    private final Superconductor nb = Materials.niobium();

    @Test
    void electronDensityFromOneElectronPerAtomMatchesThePaper() {
        // n_e = ρ N_A/M = 8570/0.092906 × 6.02214076e23 = 5.5550e28 m⁻³; the paper prints 5.55e28.
        assertEquals(5.5550e28, nb.conductionElectronDensity(), 0.0001e28);
        assertEquals(nb.atomDensity(), nb.conductionElectronDensity(), 0);
    }

    @Test
    void lowerCriticalFieldFollowsTheParabolicLaw() {
        assertEquals(1.43e5, nb.lowerCriticalField(0), 0);
        // 1 − (2/9.25)² = 0.953250...
        assertEquals(1.43e5 * (1 - 4 / (9.25 * 9.25)), nb.lowerCriticalField(2), 1e-9);
        assertEquals(0, nb.lowerCriticalField(9.25), 0);
        assertEquals(0, nb.lowerCriticalField(12), 0);
    }

    @Test
    void debyeHeatCapacityScalesAsTCubed() {
        assertEquals(8, nb.debyeHeatCapacity(4) / nb.debyeHeatCapacity(2), 1e-12);
        // At T = T_D/10 the T³ law gives (12π⁴/5) n k_B / 1000.
        assertEquals(12 * Math.pow(Math.PI, 4) / 5 * nb.atomDensity() * 1.380649e-23 / 1000,
                nb.debyeHeatCapacity(27.5), 1e-9);
    }

    @Test
    void normalSkinDepthAtOnePointThreeGigahertz() {
        // δ = √(2/(μ0 ω σ)) = 5.606 µm for σ = 6.2e6 S/m at 1.3 GHz (the paper: 5.6e-6 m).
        assertEquals(5.606e-6, nb.normalSkinDepth(2 * Math.PI * 1.3e9), 0.001e-6);
    }

    @Test
    void rejectsNonPhysicalValues() {
        assertThrows(IllegalArgumentException.class, () -> new Superconductor("x", 1, 1, 1, 1, 1, 1, 1, 0, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new Superconductor("x", 1, 1, 1, 1, 1, Double.NaN, 1, 1, 1));
    }
}
