package org.cavityfem.casefile;

import java.util.Objects;
import org.cavityfem.analysis.material.Materials;
import org.cavityfem.analysis.material.Superconductor;

/**
 * The {@code superconductor} section of a case: the wall material of the superconducting-surface
 * analysis and the temperature it runs at.
 *
 * @param preset the named material the properties start from ("niobium"), or {@link #CUSTOM}
 * @param material the material with every override applied
 * @param temperature operating temperature T for H_c1(T) and the Debye heat capacity (K)
 */
public record SuperconductorSpec(String preset, Superconductor material, double temperature) {

    /** Case-file value of {@code material} for a material given property by property. */
    public static final String CUSTOM = "custom";
    /** Default operating temperature (K): superfluid-helium cooling, as in the paper's §3.1. */
    public static final double DEFAULT_TEMPERATURE = 2.0;

    public SuperconductorSpec {
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(material, "material");
    }

    /** Niobium (the paper's Table 1) at 2 K. */
    public static SuperconductorSpec defaults() {
        return new SuperconductorSpec("niobium", Materials.niobium(), DEFAULT_TEMPERATURE);
    }
}
