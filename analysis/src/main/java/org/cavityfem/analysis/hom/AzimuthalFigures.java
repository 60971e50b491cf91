package org.cavityfem.analysis.hom;

import org.cavityfem.analysis.merit.WallLocation;
import org.cavityfem.units.PhysicalConstants;

/**
 * The results of one TE0 or m ≥ 1 mode (design.md §2.13), every field at a stored energy U = 1 J of
 * the modelled domain (the polarisation E_z ∝ cos mφ for m ≥ 1). Figures that do not apply are NaN:
 * the transverse ones of a TE0 mode, the per-metre ones and the kick factor for m ≥ 2.
 *
 * @param index 0-based, ascending frequency within its order's solution
 * @param number place in the spectrum of its order (and, for m = 0, family), 1 for the lowest
 * @param m azimuthal order
 * @param family {@code "TE"} for TE0, {@code "TM-like"} or {@code "TE-like"} for m ≥ 1
 * @param label e.g. {@code "TE0#1"} or {@code "TM-like m=1 #2"}
 * @param frequency f (Hz)
 * @param relativeResidual of the eigenpair
 * @param storedEnergy U (J), 1 by the normalisation
 * @param surfaceResistance R_s of the walls at f (Ω)
 * @param powerLoss P (W) over the metal walls, at U
 * @param electricPeak E_pk (V/m) over the metal walls and φ, and where
 * @param magneticPeak H_pk (A/m) over the metal walls and φ, and where
 * @param transverse the transverse figures at the axis limit; null for TE0
 * @param offset r0 of the longitudinal voltage (m)
 * @param offsetVoltage V_z(r0) (V) at U, β = 1; NaN when the line r = r0 leaves the domain
 * @param axisVoltage V_z on the axis, |∫ E_z(0, z) e^{ikz} dz| (V) at U, β = 1, for m = 0 (0 for TE0); NaN
 *     for m ≥ 1, whose E_z vanishes on the axis
 * @param externalQ the external (damping) Q of the mode from the case; NaN when it gives none
 */
public record AzimuthalFigures(int index, int number, int m, String family, String label, double frequency,
        double relativeResidual, double storedEnergy, double surfaceResistance, double powerLoss,
        WallLocation electricPeak, WallLocation magneticPeak, TransverseImpedance transverse, double offset,
        double offsetVoltage, double axisVoltage, double externalQ) {

    /** k = 2πf/c (1/m). */
    public double waveNumber() {
        return 2 * Math.PI * frequency / PhysicalConstants.SPEED_OF_LIGHT;
    }

    /** ω = 2πf (rad/s). */
    public double angularFrequency() {
        return 2 * Math.PI * frequency;
    }

    /** Q0 = ωU/P. */
    public double q0() {
        return angularFrequency() * storedEnergy / powerLoss;
    }

    /** G = Q0 R_s (Ω). */
    public double geometryFactor() {
        return q0() * surfaceResistance;
    }

    /** B_pk = μ0 H_pk (T). */
    public double peakFluxDensity() {
        return PhysicalConstants.MU_0 * magneticPeak.value();
    }

    /** Longitudinal R/Q at r0 = V_z(r0)²/(ωU), linac convention (Ω). */
    public double offsetRoverQ() {
        return offsetVoltage * offsetVoltage / (angularFrequency() * storedEnergy);
    }

    /** Longitudinal R/Q on the axis = V_z(0)²/(ωU), linac convention (Ω); NaN for m ≥ 1. */
    public double axisRoverQ() {
        return axisVoltage * axisVoltage / (angularFrequency() * storedEnergy);
    }

    /** A transverse figure, NaN for m = 0. */
    public double transverse(java.util.function.ToDoubleFunction<TransverseImpedance> of) {
        return transverse == null ? Double.NaN : of.applyAsDouble(transverse);
    }

    /** Loaded Q: 1/Q_L = 1/Q0 + 1/Q_ext; NaN without an external Q. */
    public double loadedQ() {
        return Double.isNaN(externalQ) ? Double.NaN : 1 / (1 / q0() + 1 / externalQ);
    }

    /**
     * The mode's peak contribution to the beam impedance at its resonance, the shunt impedance
     * {@link #roverQ()} Q_L in the linac convention: Ω/m for m = 1, Ω otherwise; NaN without an
     * external Q.
     */
    public double impedance() {
        return roverQ() * loadedQ();
    }

    /**
     * The R/Q of the HOM table, linac convention: the longitudinal R/Q on the axis [Ω] for m = 0 (0
     * for TE0), (R/Q)_perp [Ω/m] for m = 1, the longitudinal R/Q at r0 [Ω] for m ≥ 2.
     */
    public double roverQ() {
        return m == 0 ? axisRoverQ() : m == 1 ? transverse(TransverseImpedance::roverQLinacPerMetre) : offsetRoverQ();
    }

    /** The unit of {@link #roverQ()}: {@code "ohm_per_m"} for m = 1, {@code "ohm"} otherwise. */
    public String roverQUnit() {
        return m == 1 ? "ohm_per_m" : "ohm";
    }
}
