package org.cavityfem.analysis.field;

/**
 * Fields at every mesh node, as arrays indexed like the mesh's nodes. H_phi is the nodal value of
 * the solution itself; E comes from its gradient, which is discontinuous between elements, and is
 * averaged over the elements sharing the node.
 *
 * @param magneticField H_phi (A/m)
 * @param radialElectricField E_r (V/m)
 * @param axialElectricField E_z (V/m)
 */
public record NodalFields(double[] magneticField, double[] radialElectricField, double[] axialElectricField) {

    /** Number of nodes. */
    public int size() {
        return magneticField.length;
    }

    /** The fields at node i. */
    public FieldSample at(int node, double z, double r) {
        return new FieldSample(z, r, magneticField[node], radialElectricField[node], axialElectricField[node]);
    }
}
