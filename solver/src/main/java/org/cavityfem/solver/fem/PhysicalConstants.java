package org.cavityfem.solver.fem;

/** Physical constants (SI), CODATA 2018 exact or recommended values. */
public final class PhysicalConstants {

    /** Speed of light in vacuum c (m/s), exact. */
    public static final double SPEED_OF_LIGHT = 299_792_458.0;
    /** Vacuum permeability μ0 (H/m), CODATA 2018 (1.000 000 000 55 · 4π·10⁻⁷). */
    public static final double MU_0 = 1.25663706212e-6;
    /** Vacuum permittivity ε0 = 1/(μ0 c²) (F/m). */
    public static final double EPSILON_0 = 1.0 / (MU_0 * SPEED_OF_LIGHT * SPEED_OF_LIGHT);
    /** Impedance of free space η = μ0 c (Ω). */
    public static final double ETA_0 = MU_0 * SPEED_OF_LIGHT;
    /** First zero of the Bessel function J0, j01 (dimensionless). */
    public static final double J01 = 2.404825557695773;

    private PhysicalConstants() {
    }
}
