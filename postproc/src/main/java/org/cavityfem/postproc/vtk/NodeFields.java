package org.cavityfem.postproc.vtk;

/**
 * A mode's field at every mesh node, peak amplitudes in SI units.
 *
 * @param magneticField H_phi per node (A/m)
 * @param radialElectricField E_r per node (V/m)
 * @param axialElectricField E_z per node (V/m)
 */
public record NodeFields(double[] magneticField, double[] radialElectricField, double[] axialElectricField) {

    public NodeFields {
        if (magneticField.length != radialElectricField.length || magneticField.length != axialElectricField.length) {
            throw new IllegalArgumentException("field arrays differ in length");
        }
    }

    /** Number of nodes. */
    public int size() {
        return magneticField.length;
    }

    /** |E| = sqrt(E_r² + E_z²) at node i (V/m). */
    public double electricFieldMagnitude(int i) {
        return Math.hypot(radialElectricField[i], axialElectricField[i]);
    }
}
