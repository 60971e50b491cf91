package org.cavityfem.solver.hom;

import org.cavityfem.units.PhysicalConstants;

/**
 * One computed mode varying as cos(mφ), m ≥ 1.
 *
 * @param index position in the solution, 0-based, ascending frequency
 * @param number place in the m-th azimuthal spectrum of the discrete problem, 1 for the lowest, from
 *     the inertia count with the gradient kernel taken out
 * @param eigenvalue k² (1/m²)
 * @param unknowns the eigenvector over {@link AzimuthalDofs} (v = (E_z, E_r) + ∇w/m moments, then
 *     w = r E_phi), M-normalised: ∫∫ r |E|² dr dz = 1 (V²/m² · m²)
 * @param relativeResidual ||K x − k² M x|| / (k² ||M x||)
 */
public record AzimuthalMode(int index, int number, double eigenvalue, double[] unknowns, double relativeResidual) {

    /** Wave number k (1/m). */
    public double waveNumber() {
        return Math.sqrt(eigenvalue);
    }

    /** Frequency c k / 2π (Hz). */
    public double frequency() {
        return PhysicalConstants.SPEED_OF_LIGHT * waveNumber() / (2 * Math.PI);
    }
}
