package org.cavityfem.solver;

import org.cavityfem.units.PhysicalConstants;

/**
 * One computed monopole TM eigenmode.
 *
 * @param index position in the solution, 0-based, ascending frequency
 * @param number position in the whole monopole TM spectrum of the discrete problem, 1 for the
 *     lowest mode, counted by the inertia of K − σM (so it is right for a search near a target too)
 * @param eigenvalue k² (1/m²)
 * @param magneticField H_phi at every mesh node (A/m), zero on the axis and magnetic planes;
 *     normalised so that the stored energy ½ μ0 ∫ |H|² dV equals 1 J
 * @param relativeResidual ||K x − k² M x|| / (k² ||M x||) of the algebraic eigenpair
 */
public record Mode(int index, int number, double eigenvalue, double[] magneticField, double relativeResidual) {

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
