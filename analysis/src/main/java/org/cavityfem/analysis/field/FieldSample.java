package org.cavityfem.analysis.field;

/**
 * The fields of a monopole TM mode at one point of the meridian plane. All are peak amplitudes;
 * E is in time quadrature with H and is given as the real vector
 * E = (1/(ω ε0)) (−∂H/∂z, (1/r) ∂(rH)/∂r), which fixes the relative sign of E_r and E_z.
 *
 * @param z axial coordinate (m)
 * @param r radial coordinate (m)
 * @param magneticField azimuthal magnetic field H_phi (A/m)
 * @param radialElectricField radial electric field E_r (V/m)
 * @param axialElectricField axial electric field E_z (V/m)
 */
public record FieldSample(double z, double r, double magneticField, double radialElectricField,
        double axialElectricField) {

    /** |E| = sqrt(E_r² + E_z²) (V/m). */
    public double electricFieldMagnitude() {
        return Math.hypot(radialElectricField, axialElectricField);
    }
}
