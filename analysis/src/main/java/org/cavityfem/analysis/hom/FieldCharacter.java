package org.cavityfem.analysis.hom;

import java.util.ArrayList;
import java.util.List;
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
        return of(mesh, dofs, m, List.of(mode)).get(0);
    }

    /**
     * Integrates the shares of several modes of one solution in one pass over the mesh: the map and
     * the basis are evaluated once per quadrature point for all of them.
     */
    public static List<FieldCharacter> of(Mesh mesh, AzimuthalDofs dofs, int m, List<AzimuthalMode> modes) {
        int n = modes.size();
        AzimuthalField field = new AzimuthalField(mesh, dofs, m, new double[dofs.size()]);
        // A collapsed rule never evaluates on its edges; with the collapse vertex on the axis its
        // Jacobian cancels the 1/r of the magnetic share there.
        TriangleQuadrature[] rules = new TriangleQuadrature[3];
        AzimuthalField.Tabulation[] tables = new AzimuthalField.Tabulation[3];
        for (int v = 0; v < 3; v++) {
            rules[v] = TriangleQuadrature.collapsed(mesh.order() + 4, v);
            tables[v] = field.tabulate(rules[v].xi(), rules[v].eta());
        }
        double[][] local = new double[n][field.localSize()];
        double[] at = new double[6];
        double[] ez = new double[n];
        double[] hz = new double[n];
        for (int e = 0; e < mesh.elementCount(); e++) {
            int low = 0;
            for (int v = 1; v < 3; v++) {
                if (mesh.r(mesh.node(e, v)) < mesh.r(mesh.node(e, low))) {
                    low = v;
                }
            }
            for (int k = 0; k < n; k++) {
                field.localCoefficients(e, modes.get(k).unknowns(), local[k]);
            }
            TriangleQuadrature rule = rules[low];
            for (int q = 0; q < rule.size(); q++) {
                field.locate(e, tables[low], q);
                double w = rule.weights()[q] * field.determinant();
                for (int k = 0; k < n; k++) {
                    field.combine(local[k], at);
                    double r = at[1];
                    ez[k] += w * r * at[2] * at[2];
                    hz[k] += w * at[5] * at[5] / r;
                }
            }
        }
        List<FieldCharacter> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(new FieldCharacter(ez[k], (double) m * m * hz[k] / modes.get(k).eigenvalue()));
        }
        return List.copyOf(out);
    }
}
