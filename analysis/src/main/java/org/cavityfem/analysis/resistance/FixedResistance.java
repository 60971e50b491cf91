package org.cavityfem.analysis.resistance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A surface resistance given as a number, the same at every frequency. Not known to be
 * superconducting, so normal-conductor figures (the Kilpatrick ratio) are reported with it.
 *
 * @param value R_s (Ω), positive
 */
public record FixedResistance(double value) implements SurfaceResistance {

    /** Model name in case files. */
    public static final String MODEL = "fixed";

    public FixedResistance {
        if (!(value > 0)) {
            throw new IllegalArgumentException("the surface resistance must be > 0 Ω");
        }
    }

    @Override
    public double at(double frequency) {
        return value;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("surfaceResistance_ohm", value);
        return p;
    }

    @Override
    public boolean superconducting() {
        return false;
    }

    @Override
    public String formula() {
        return "Rs fixed";
    }
}
