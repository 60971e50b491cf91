package org.cavityfem.analysis.material;

import static org.cavityfem.units.PhysicalConstants.AVOGADRO;
import static org.cavityfem.units.PhysicalConstants.BOLTZMANN;
import static org.cavityfem.units.PhysicalConstants.MU_0;

import java.util.Objects;

/**
 * The material data the superconducting-surface analysis needs. All values SI except the atomic
 * weight, which is the usual dimensionless relative atomic mass (numerically g/mol).
 *
 * @param name material name, e.g. "niobium"
 * @param atomicWeight relative atomic mass (g/mol), e.g. 92.906 for Nb
 * @param density mass density (kg/m³)
 * @param conductionElectronDensity conduction electrons per volume n_e (1/m³)
 * @param normalConductivity electrical conductivity of the normal state σ_n (S/m)
 * @param specificHeat specific heat at room temperature (J/(kg K))
 * @param criticalTemperature superconducting transition temperature T_c (K)
 * @param lowerCriticalField lower critical field at zero temperature H_c1(0) (A/m)
 * @param coherenceLength coherence length ξ0 (m)
 * @param debyeTemperature Debye temperature T_D (K)
 */
public record Superconductor(
        String name,
        double atomicWeight,
        double density,
        double conductionElectronDensity,
        double normalConductivity,
        double specificHeat,
        double criticalTemperature,
        double lowerCriticalField,
        double coherenceLength,
        double debyeTemperature) {

    /** Debye low-temperature lattice heat capacity prefactor 12π⁴/5 (C = (12π⁴/5) n k_B (T/T_D)³). */
    public static final double DEBYE_T3_COEFFICIENT = 12 * Math.pow(Math.PI, 4) / 5;

    public Superconductor {
        Objects.requireNonNull(name, "name");
        positive("atomicWeight", atomicWeight);
        positive("density", density);
        positive("conductionElectronDensity", conductionElectronDensity);
        positive("normalConductivity", normalConductivity);
        positive("specificHeat", specificHeat);
        positive("criticalTemperature", criticalTemperature);
        positive("lowerCriticalField", lowerCriticalField);
        positive("coherenceLength", coherenceLength);
        positive("debyeTemperature", debyeTemperature);
    }

    private static void positive(String what, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a positive finite number, got " + value);
        }
    }

    /**
     * Conduction electron density from the atom density: n_e = (electrons per atom) × ρ N_A / M.
     *
     * @param electronsPerAtom conduction electrons per atom (1 for Nb, its 5s¹ electron)
     * @param atomicWeight relative atomic mass (g/mol)
     * @param density mass density (kg/m³)
     * @return n_e (1/m³)
     */
    public static double conductionElectronDensity(double electronsPerAtom, double atomicWeight, double density) {
        return electronsPerAtom * atomDensity(atomicWeight, density);
    }

    /** Atoms per volume ρ N_A / M (1/m³) for relative atomic mass {@code atomicWeight} and density (kg/m³). */
    public static double atomDensity(double atomicWeight, double density) {
        return density / (atomicWeight * 1e-3) * AVOGADRO;
    }

    /** Atoms per volume n = ρ N_A / M (1/m³). */
    public double atomDensity() {
        return atomDensity(atomicWeight, density);
    }

    /** Heat capacity per volume at room temperature ρ c (J/(m³ K)), the value the paper uses. */
    public double roomTemperatureHeatCapacity() {
        return density * specificHeat;
    }

    /**
     * Lattice heat capacity per volume by the Debye T³ law, C = (12π⁴/5) n k_B (T/T_D)³ (J/(m³ K)),
     * valid for T ≪ T_D; n is the atom density.
     *
     * @param temperature T (K)
     */
    public double debyeHeatCapacity(double temperature) {
        double t = temperature / debyeTemperature;
        return DEBYE_T3_COEFFICIENT * atomDensity() * BOLTZMANN * t * t * t;
    }

    /**
     * Lower critical field H_c1(T) = H_c1(0) (1 − (T/T_c)²) (A/m); zero at and above T_c.
     *
     * @param temperature T (K)
     */
    public double lowerCriticalField(double temperature) {
        double t = temperature / criticalTemperature;
        return t >= 1 ? 0 : lowerCriticalField * (1 - t * t);
    }

    /**
     * Classical skin depth of the normal state δ = √(2/(μ0 ω σ_n)) (m).
     *
     * @param angularFrequency ω (rad/s)
     */
    public double normalSkinDepth(double angularFrequency) {
        return Math.sqrt(2 / (MU_0 * angularFrequency * normalConductivity));
    }
}
