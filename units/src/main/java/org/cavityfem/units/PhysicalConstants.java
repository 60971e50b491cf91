package org.cavityfem.units;

/**
 * Physical and mathematical constants, each with its value, unit and source. The SI defining
 * constants are exact since the 2019 redefinition; μ0 is CODATA 2018's recommended value
 * (E. Tiesinga et al., Rev. Mod. Phys. 93, 025010 (2021)). Everything inside the program is SI.
 */
public final class PhysicalConstants {

    /** Speed of light in vacuum c (m/s), exact. */
    public static final double SPEED_OF_LIGHT = 299_792_458.0;
    /** Vacuum permeability μ0 (H/m), CODATA 2018 (1.000 000 000 55 · 4π·10⁻⁷). */
    public static final double MU_0 = 1.25663706212e-6;
    /** Vacuum permittivity ε0 = 1/(μ0 c²) (F/m). */
    public static final double EPSILON_0 = 1.0 / (MU_0 * SPEED_OF_LIGHT * SPEED_OF_LIGHT);
    /** Impedance of free space η = μ0 c (Ω). */
    public static final double ETA_0 = MU_0 * SPEED_OF_LIGHT;
    /** Elementary charge e (C), CODATA 2018, exact. */
    public static final double ELEMENTARY_CHARGE = 1.602176634e-19;
    /** Planck constant h (J s), CODATA 2018, exact. */
    public static final double PLANCK = 6.62607015e-34;
    /** Boltzmann constant k_B (J/K), CODATA 2018, exact. */
    public static final double BOLTZMANN = 1.380649e-23;
    /** Avogadro constant N_A (1/mol), CODATA 2018, exact. */
    public static final double AVOGADRO = 6.02214076e23;
    /** Superconducting magnetic flux quantum Φ0 = h/(2e) (Wb), CODATA 2018 (2.067 833 848... e-15, exact). */
    public static final double FLUX_QUANTUM = PLANCK / (2 * ELEMENTARY_CHARGE);
    /**
     * First zero of the Bessel function J0, j01 (dimensionless), to double precision
     * (Abramowitz and Stegun, Handbook of Mathematical Functions, Table 9.5: 2.40482 55577).
     */
    public static final double J01 = 2.404825557695773;

    private PhysicalConstants() {
    }
}
