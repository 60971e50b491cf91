package org.cavityfem.analysis.resistance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Niobium BCS surface resistance in the form Poisson Superfish's SFO uses (after H. Piel):
 * R_BCS = 9·10⁻⁵ f² / T exp(−1.83 Tc / T) Ω, f in GHz and T, Tc in K (Los Alamos Accelerator Code
 * Group, Poisson Superfish reference manual LA-UR-96-1834, SFO section), plus a residual resistance.
 *
 * @param temperature bath temperature T (K), positive and below Tc
 * @param criticalTemperature Tc (K), 9.2 K for niobium
 * @param residualResistance R_res (Ω), not negative
 */
public record PielBcs(double temperature, double criticalTemperature, double residualResistance)
        implements SurfaceResistance {

    /** Model name in case files. */
    public static final String MODEL = "bcsPiel";
    /** Critical temperature of niobium (K). */
    public static final double NIOBIUM_TC = 9.2;

    public PielBcs {
        if (!(temperature > 0) || !(criticalTemperature > temperature) || !(residualResistance >= 0)) {
            throw new IllegalArgumentException("need 0 < T < Tc and a residual resistance >= 0 Ω");
        }
    }

    @Override
    public double at(double frequency) {
        double gigahertz = frequency * 1e-9;
        return 9e-5 * gigahertz * gigahertz / temperature * Math.exp(-1.83 * criticalTemperature / temperature)
                + residualResistance;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("temperature_K", temperature);
        p.put("criticalTemperature_K", criticalTemperature);
        p.put("residualResistance_ohm", residualResistance);
        return p;
    }

    @Override
    public boolean superconducting() {
        return true;
    }

    @Override
    public String formula() {
        return "Rs = 9e-5 f[GHz]^2/T exp(-1.83 Tc/T) + Rres (Superfish/Piel niobium BCS)";
    }
}
