package org.cavityfem.analysis.resistance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Niobium BCS surface resistance, the fit R_BCS = 2·10⁻⁴ (1/T) (f / 1.5 GHz)² exp(−17.67 / T) Ω
 * (T in K; H. Padamsee, J. Knobloch, T. Hays, RF Superconductivity for Accelerators, 2nd ed.,
 * Wiley 2008, eq. 5.17, valid for T &lt; Tc/2), plus a residual resistance.
 *
 * @param temperature bath temperature T (K), positive
 * @param residualResistance R_res (Ω), not negative
 */
public record PadamseeBcs(double temperature, double residualResistance) implements SurfaceResistance {

    /** Model name in case files. */
    public static final String MODEL = "bcsPadamsee";
    /** Frequency of the fit's reference point, 1.5 GHz (Hz). */
    public static final double REFERENCE_FREQUENCY = 1.5e9;

    public PadamseeBcs {
        if (!(temperature > 0) || !(residualResistance >= 0)) {
            throw new IllegalArgumentException("temperature must be > 0 K and the residual resistance >= 0 Ω");
        }
    }

    @Override
    public double at(double frequency) {
        double ratio = frequency / REFERENCE_FREQUENCY;
        return 2e-4 / temperature * ratio * ratio * Math.exp(-17.67 / temperature) + residualResistance;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("temperature_K", temperature);
        p.put("residualResistance_ohm", residualResistance);
        return p;
    }

    @Override
    public boolean superconducting() {
        return true;
    }

    @Override
    public String formula() {
        return "Rs = 2e-4/T (f/1.5 GHz)^2 exp(-17.67/T) + Rres (Padamsee niobium BCS fit)";
    }
}
