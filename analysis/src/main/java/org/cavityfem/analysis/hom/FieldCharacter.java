package org.cavityfem.analysis.hom;

import org.cavityfem.fem.TriangleQuadrature;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.hom.AzimuthalDofs;
import org.cavityfem.solver.hom.AzimuthalMode;

/**
 * Whether an m ≥ 1 mode is TM-like or TE-like, by its dominant longitudinal field: the share of the
 * electric energy in E_z against the share of the magnetic energy in H_z (design.md §2.12). For the
 * normalised eigenvector ∫∫ r|E|² dr dz = 1 and ∫∫ r|∇×E|² dr dz = k², with (∇×E)_z = m v_r / r, so
 *
 * <pre>
 *   electric share = ∫∫ r E_z² dr dz,      magnetic share = m² ∫∫ v_r² / r dr dz / k².
 * </pre>
 *
 * A pure TM_mnp mode of a pillbox has magnetic share 0, a TE_mnp electric share 0.
 *
 * @param electricShare fraction of the electric energy in E_z
 * @param magneticShare fraction of the magnetic energy in H_z
 */
public record FieldCharacter(double electricShare, double magneticShare) {

    /** True when E_z carries the larger share: the mode is labelled TM-like. */
    public boolean tmLike() {
        return electricShare > magneticShare;
    }

    /**
     * The label of mode number n of azimuthal order m, e.g. {@code "TM-like m=1 #2"}: the family by
     * the dominant field, the order and the place in the order-m spectrum (never a guessed index
     * triple).
     */
    public String label(int m, int number) {
        return (tmLike() ? "TM" : "TE") + "-like m=" + m + " #" + number;
    }

    /** Integrates the shares of one mode over the mesh. */
    public static FieldCharacter of(Mesh mesh, AzimuthalDofs dofs, int m, AzimuthalMode mode) {
        AzimuthalField field = new AzimuthalField(mesh, dofs, m, mode.unknowns());
        // A collapsed rule never evaluates on its edges; with the collapse vertex on the axis its
        // Jacobian cancels the 1/r of the magnetic share there.
        TriangleQuadrature[] rules = new TriangleQuadrature[3];
        for (int v = 0; v < 3; v++) {
            rules[v] = TriangleQuadrature.collapsed(mesh.order() + 4, v);
        }
        double[] at = new double[6];
        double ez = 0;
        double hz = 0;
        for (int e = 0; e < mesh.elementCount(); e++) {
            int low = 0;
            for (int v = 1; v < 3; v++) {
                if (mesh.r(mesh.node(e, v)) < mesh.r(mesh.node(e, low))) {
                    low = v;
                }
            }
            TriangleQuadrature rule = rules[low];
            for (int q = 0; q < rule.size(); q++) {
                field.evaluate(e, rule.xi()[q], rule.eta()[q], at);
                double det = field.determinant(e, rule.xi()[q], rule.eta()[q]);
                double w = rule.weights()[q] * det;
                double r = at[1];
                ez += w * r * at[2] * at[2];
                hz += w * at[5] * at[5] / r;
            }
        }
        return new FieldCharacter(ez, (double) m * m * hz / mode.eigenvalue());
    }
}
