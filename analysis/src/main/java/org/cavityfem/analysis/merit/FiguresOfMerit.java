package org.cavityfem.analysis.merit;

import org.cavityfem.units.PhysicalConstants;

/**
 * The figures of merit of one mode, at the field amplitude of the case's accelerating field
 * (SFO's quantities where they exist; definitions in docs/design.md §2.7). Quantities that need an
 * accelerating voltage are NaN for a mode without one (no axis, or zero voltage); the fields are
 * then left at a stored energy of 1 J.
 *
 * @param frequency f (Hz)
 * @param fieldScale amplitude relative to the mode's 1 J normalisation
 * @param storedEnergy U (J)
 * @param surfaceResistance R_s of the walls at f (Ω)
 * @param powerLoss P = (R_s/2) ∮ |H_t|² dA over the metal walls (W)
 * @param q0 Q0 = ω U / P
 * @param geometryFactor G = Q0 R_s (Ω)
 * @param beta particle velocity over c of the voltage
 * @param activeLength L_active (m)
 * @param voltage V_acc = |∫ E_z(0, z) e^{iωz/(βc)} dz| (V)
 * @param transitTimeFactor T = V_acc / ∫ |E_z(0, z)| dz
 * @param acceleratingField E_acc = V_acc / L_active (V/m)
 * @param rOverQ R/Q = V_acc² / (ω U), linac convention (Ω)
 * @param rOverQCircuit V_acc² / (2 ω U), circuit convention (Ω)
 * @param lossFactor k = ω (R/Q) / 4 with the linac R/Q (V/C)
 * @param peakElectricField E_pk, the largest |E_n| on the metal walls (V/m), and where
 * @param peakMagneticField H_pk, the largest |H_t| on the metal walls (A/m), and where
 * @param outerWallMagneticField mean |H_t| over the outer wall, the metal segments that reach the
 *     largest radius of the metal wall running parallel to the axis there, weighted by area (A/m)
 * @param kilpatrickRatio E_pk / E_K(f) for walls that are not superconducting; NaN otherwise
 * @param chargeCurrentMismatch largest relative charge–current mismatch on the walls (see
 *     {@link ChargeCurrentCheck}); NaN when no wall has a point of zero current to start from
 */
public record FiguresOfMerit(double frequency, double fieldScale, double storedEnergy, double surfaceResistance,
        double powerLoss, double q0, double geometryFactor, double beta, double activeLength, double voltage,
        double transitTimeFactor, double acceleratingField, double rOverQ, double rOverQCircuit, double lossFactor,
        WallLocation peakElectricField, WallLocation peakMagneticField, double outerWallMagneticField,
        double kilpatrickRatio, double chargeCurrentMismatch) {

    /** The same figures with another charge-current mismatch. */
    public FiguresOfMerit withChargeCurrentMismatch(double mismatch) {
        return new FiguresOfMerit(frequency, fieldScale, storedEnergy, surfaceResistance, powerLoss, q0,
                geometryFactor, beta, activeLength, voltage, transitTimeFactor, acceleratingField, rOverQ,
                rOverQCircuit, lossFactor, peakElectricField, peakMagneticField, outerWallMagneticField,
                kilpatrickRatio, mismatch);
    }

    /** Angular frequency ω = 2π f (rad/s). */
    public double angularFrequency() {
        return 2 * Math.PI * frequency;
    }

    /** B_pk = μ0 H_pk (T). */
    public double peakFluxDensity() {
        return PhysicalConstants.MU_0 * peakMagneticField.value();
    }

    /** E_pk / E_acc. */
    public double peakElectricOverAccelerating() {
        return peakElectricField.value() / acceleratingField;
    }

    /** B_pk / E_acc in mT/(MV/m). */
    public double peakFluxOverAccelerating() {
        return peakFluxDensity() * 1e3 / (acceleratingField * 1e-6);
    }

    /** E_acc / H_pk (Ω), the space impedance of the superconducting-surface analysis. */
    public double acceleratingOverPeakMagnetic() {
        return acceleratingField / peakMagneticField.value();
    }
}
