package org.cavityfem.analysis.resistance;

import java.util.Map;

/**
 * A model of the wall surface resistance R_s (Ω) as a function of frequency. The wall loss is
 * P = (R_s/2) ∮ |H_t|² dA; the model and its parameters are reported with every result.
 */
public sealed interface SurfaceResistance permits PadamseeBcs, PielBcs, NormalConductor, FixedResistance {

    /** R_s at frequency f (Ω). */
    double at(double frequency);

    /** Model name as written in case files and results, e.g. {@code "bcsPadamsee"}. */
    String model();

    /**
     * The model's parameters in SI, keyed by name with unit suffix (e.g. {@code temperature_K}),
     * in a fixed order.
     */
    Map<String, Double> parameters();

    /** True for a superconducting wall (the BCS models). */
    boolean superconducting();

    /** One-line description with the formula, for reports. */
    String formula();
}
