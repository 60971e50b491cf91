package org.cavityfem.analysis.field;

import org.cavityfem.mesh.Mesh;

/**
 * A nodal field of a mesh and its reference gradient at one point of an element, from the basis
 * values and reference derivatives there: the one place the finite-element sum Σ_k u_k φ_k is taken
 * for point evaluations, so that every caller gets the same bits for the same point.
 */
public final class NodalInterpolation {

    private NodalInterpolation() {
    }

    /**
     * Writes u, ∂u/∂ξ and ∂u/∂η at the point into {@code out[offset..offset + 2]}.
     *
     * @param mesh the mesh the nodal values belong to
     * @param element element index
     * @param nodal one value per node of the mesh (any unit; the results are in that unit, the
     *     derivatives per unit reference coordinate)
     * @param value the element's basis functions at the point
     * @param dXi their ξ derivatives
     * @param dEta their η derivatives
     */
    public static void valueAndGradient(Mesh mesh, int element, double[] nodal, double[] value, double[] dXi,
            double[] dEta, double[] out, int offset) {
        double u = 0;
        double uXi = 0;
        double uEta = 0;
        for (int k = 0; k < value.length; k++) {
            double uk = nodal[mesh.node(element, k)];
            u += uk * value[k];
            uXi += uk * dXi[k];
            uEta += uk * dEta[k];
        }
        out[offset] = u;
        out[offset + 1] = uXi;
        out[offset + 2] = uEta;
    }
}
