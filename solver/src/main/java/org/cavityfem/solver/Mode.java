package org.cavityfem.solver;

import org.cavityfem.units.PhysicalConstants;

/**
 * One computed monopole eigenmode, TM0 or TE0.
 *
 * @param index position in the solution, 0-based, ascending frequency
 * @param number position in the whole monopole spectrum of its family in the discrete problem, 1
 *     for the lowest mode, counted by the inertia of K − σM (so it is right for a search near a
 *     target too)
 * @param eigenvalue k² (1/m²)
 * @param azimuthalField the family's unknown at every mesh node: H_phi (A/m) of a TM0 mode, zero on
 *     the axis and magnetic planes, or E_phi (V/m) of a TE0 mode, zero on the axis, metal walls and
 *     electric planes; normalised so that the stored energy (½ μ0 ∫ H² dV, resp. ½ ε0 ∫ E² dV, the
 *     time average of the total at resonance) equals 1 J
 * @param relativeResidual ||K x − k² M x|| / (k² ||M x||) of the algebraic eigenpair
 * @param family which field {@code azimuthalField} is
 */
public record Mode(int index, int number, double eigenvalue, double[] azimuthalField, double relativeResidual,
        ModeFamily family) {

    /** A TM0 mode, its nodal field H_phi (A/m). */
    public Mode(int index, int number, double eigenvalue, double[] magneticField, double relativeResidual) {
        this(index, number, eigenvalue, magneticField, relativeResidual, ModeFamily.TM);
    }

    /**
     * H_phi at every mesh node (A/m) of a TM0 mode.
     *
     * @throws IllegalStateException for a TE0 mode, whose nodal unknown is E_phi
     */
    public double[] magneticField() {
        if (family != ModeFamily.TM) {
            throw new IllegalStateException("a " + family + " mode carries E_phi, not H_phi");
        }
        return azimuthalField;
    }

    /** Wave number k (1/m). */
    public double waveNumber() {
        return Math.sqrt(eigenvalue);
    }

    /** Frequency f = c k / 2π (Hz). */
    public double frequency() {
        return PhysicalConstants.SPEED_OF_LIGHT * waveNumber() / (2 * Math.PI);
    }

    /** Angular frequency ω = c k (rad/s). */
    public double angularFrequency() {
        return PhysicalConstants.SPEED_OF_LIGHT * waveNumber();
    }
}
