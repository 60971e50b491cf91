package org.cavityfem.paper.model;

import static org.cavityfem.units.PhysicalConstants.ELEMENTARY_CHARGE;
import static org.cavityfem.units.PhysicalConstants.EPSILON_0;
import static org.cavityfem.units.PhysicalConstants.ETA_0;
import static org.cavityfem.units.PhysicalConstants.FLUX_QUANTUM;
import static org.cavityfem.units.PhysicalConstants.SPEED_OF_LIGHT;

import java.util.Objects;
import org.cavityfem.analysis.material.Superconductor;

/**
 * The paper's pillbox model, evaluated from its own equations with CODATA 2018 constants and the
 * material's unrounded values. Every method names the equation it implements. Where the paper uses
 * two different angular frequencies, both are available: the design frequency ω0 = 2π·1.3 GHz (used
 * from §3 on) and the model pillbox's own ω = 2.405 c/r0 (used in eq. (11)).
 *
 * <p>Per-E_acc values are per V/m of the paper's accelerating field E_acc = E_c/√2.
 */
public final class PaperModel {

    /** The paper's design frequency f0 (Hz). */
    public static final double DESIGN_FREQUENCY = 1.3e9;
    /** The paper's pillbox radius r0 = λ0/2 (m). */
    public static final double RADIUS = 0.115;
    /** The paper's pillbox length l0 = r0 (m). */
    public static final double LENGTH = 0.115;
    /** The paper's rounded first zero of J0, used in §2.1 and eq. (11). */
    public static final double PAPER_J01 = 2.405;
    /** TESLA cavity E_acc/H_pk the paper quotes in §1 from its ref. [2] (Ω). */
    public static final double TESLA_SPACE_IMPEDANCE = 295;
    /** The paper's field for its "at 50 MV/m" values (V/m). */
    public static final double HIGH_FIELD = 50e6;
    /** The paper's field for its heating rate (V/m). */
    public static final double HEATING_FIELD = 10e6;
    /** Operating temperature of the superconducting cavity, §3.1 (K). */
    public static final double OPERATING_TEMPERATURE = 2.0;

    private final Superconductor material;
    private final double permittivity;

    /**
     * @param material the wall material (the paper: niobium, Table 1)
     * @param permittivity the vacuum permittivity used in eqs. (4)–(5) (F/m); CODATA's ε0 normally
     */
    public PaperModel(Superconductor material, double permittivity) {
        this.material = Objects.requireNonNull(material, "material");
        this.permittivity = permittivity;
    }

    /** The model with CODATA 2018 ε0. */
    public PaperModel(Superconductor material) {
        this(material, EPSILON_0);
    }

    /** The material. */
    public Superconductor material() {
        return material;
    }

    /** ω0 = 2π·1.3 GHz (rad/s). */
    public double designAngularFrequency() {
        return 2 * Math.PI * DESIGN_FREQUENCY;
    }

    /** The model pillbox's TM010 angular frequency 2.405 c/r0 (rad/s), §2.1 and eq. (11). */
    public double modelAngularFrequency() {
        return PAPER_J01 * SPEED_OF_LIGHT / RADIUS;
    }

    /** Half-angle under which a plate is seen from the centre, α0 = atan(r0/(l0/2)) (rad), §2.2. */
    public static double plateHalfAngle() {
        return Math.atan(RADIUS / (LENGTH / 2));
    }

    /**
     * Eq. (4): E_c ε0/D0 = ∫_0^α0 (sin φ + ½ cos φ − ½ sec φ) dφ
     * = 1 − cos α0 + ½ sin α0 − ½ ln(sec α0 + tan α0) (dimensionless, for l0 = r0).
     */
    public static double centreFieldCoefficient() {
        double a = plateHalfAngle();
        return 1 - Math.cos(a) + 0.5 * Math.sin(a) - 0.5 * Math.log(1 / Math.cos(a) + Math.tan(a));
    }

    /** Eq. (5): q0/E_acc = √2 ε0 π r0² / (3 × (4)) (C per V/m), from (2) D0 = 3 q0/(π r0²) and E_acc = E_c/√2. */
    public double plateChargePerEacc() {
        return Math.sqrt(2) * permittivity * Math.PI * RADIUS * RADIUS / (3 * centreFieldCoefficient());
    }

    /** Eq. (8)–(9): radius of the peak plate field H(r) = ω0 D0 (r/2 − r²/(3 r0)), r = 3 r0/4, over r0. */
    public static double peakFieldRadiusRatio() {
        return 0.75;
    }

    /** Eq. (10): ε0 ω0 r0 E_acc/H_sp = (4)/√2 / (3/16) (dimensionless). */
    public static double impedanceCoefficient() {
        return centreFieldCoefficient() / Math.sqrt(2) * 16 / 3;
    }

    /** Eq. (10) at angular frequency ω: E_acc/H_sp (Ω). */
    public double spaceImpedance(double angularFrequency) {
        return impedanceCoefficient() / (EPSILON_0 * angularFrequency * RADIUS);
    }

    /** Eq. (11): E_acc/(H_sp η0) = (10)/2.405 with ω0 = 2.405 c/r0 (dimensionless). */
    public static double spaceImpedanceOverEta() {
        return impedanceCoefficient() / PAPER_J01;
    }

    /** Eq. (12): (V/I)/(E_acc/H_sp) = l0/(2π · 3r0/4) (dimensionless; 2/(3π) for l0 = r0). */
    public static double surfaceImpedanceFactor() {
        return LENGTH / (2 * Math.PI * 0.75 * RADIUS);
    }

    /** §3.1 and (13): n_e ξ0³ (electrons). */
    public double electronsPerCoherenceVolume() {
        double xi = material.coherenceLength();
        return material.conductionElectronDensity() * xi * xi * xi;
    }

    /** Eq. (14): D0 ξ0²/e per E_acc, with D0 = 3 q0/(π r0²) from (2) (electrons per V/m). */
    public double electronsPerCoherenceAreaPerEacc() {
        double xi = material.coherenceLength();
        return 3 * plateChargePerEacc() / (Math.PI * RADIUS * RADIUS) * xi * xi / ELEMENTARY_CHARGE;
    }

    /** §3.1: the current (14) × e ω0 at E_acc (A). */
    public double centreCurrent(double eacc, double angularFrequency) {
        return electronsPerCoherenceAreaPerEacc() * eacc * ELEMENTARY_CHARGE * angularFrequency;
    }

    /** Eq. (15): 2π r0 ξ0/(π r0²) (dimensionless). */
    public double skinAreaRatio() {
        return 2 * material.coherenceLength() / RADIUS;
    }

    /** Eqs. (16)–(17): δ v0 = ω q0/(n_e e 2π r0) per E_acc ((m²/s) per V/m). */
    public double skinDepthVelocityPerEacc(double angularFrequency) {
        return angularFrequency * plateChargePerEacc()
                / (material.conductionElectronDensity() * ELEMENTARY_CHARGE * 2 * Math.PI * RADIUS);
    }

    /** Eq. (18): v0 per E_acc with δ = ξ0 ((m/s) per V/m). */
    public double velocityPerEacc(double angularFrequency) {
        return skinDepthVelocityPerEacc(angularFrequency) / material.coherenceLength();
    }

    /** Eq. (19): a0 = v0/ω per E_acc (m per V/m); independent of ω since v0 ∝ ω. */
    public double excursionPerEacc(double angularFrequency) {
        return velocityPerEacc(angularFrequency) / angularFrequency;
    }

    /** Eq. (20): E_L = (Φ0/ξ0²) v0 per E_acc (dimensionless, V/m per V/m). */
    public double lorentzFieldPerEacc(double angularFrequency) {
        double xi = material.coherenceLength();
        return FLUX_QUANTUM / (xi * xi) * velocityPerEacc(angularFrequency);
    }

    /** Eq. (21): ½ σ_n E_L² per E_acc² ((W/m³) per (V/m)²). */
    public double heatingPerEaccSquared(double angularFrequency) {
        double el = lorentzFieldPerEacc(angularFrequency);
        return 0.5 * material.normalConductivity() * el * el;
    }

    /** §3.3: E_acc at which the peak surface field reaches {@code field} for a space impedance (V/m). */
    public static double vortexEntryField(double spaceImpedance, double field) {
        return spaceImpedance * field;
    }

    /** E_acc/H_sp of eq. (11) in ohms: 0.436 η0 (Ω). */
    public static double modelSpaceImpedance() {
        return spaceImpedanceOverEta() * ETA_0;
    }
}
