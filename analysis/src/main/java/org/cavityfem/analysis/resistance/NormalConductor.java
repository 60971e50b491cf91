package org.cavityfem.analysis.resistance;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cavityfem.units.PhysicalConstants;

/**
 * A normal conductor in the classical skin-effect regime: R_s = sqrt(ω μ0 / (2 σ)) = 1/(σ δ) with
 * the skin depth δ = sqrt(2/(ω μ0 σ)) (J. D. Jackson, Classical Electrodynamics, 3rd ed., eq. 8.15).
 *
 * @param conductivity σ (S/m), positive; 5.8·10⁷ S/m for copper at room temperature
 */
public record NormalConductor(double conductivity) implements SurfaceResistance {

    /** Model name in case files. */
    public static final String MODEL = "normalConductor";

    public NormalConductor {
        if (!(conductivity > 0)) {
            throw new IllegalArgumentException("conductivity must be > 0 S/m");
        }
    }

    @Override
    public double at(double frequency) {
        return Math.sqrt(2 * Math.PI * frequency * PhysicalConstants.MU_0 / (2 * conductivity));
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("conductivity_S_per_m", conductivity);
        return p;
    }

    @Override
    public boolean superconducting() {
        return false;
    }

    @Override
    public String formula() {
        return "Rs = sqrt(omega mu0 / (2 sigma)) (normal conductor, skin effect)";
    }
}
