package org.cavityfem.analysis.hom;

import java.util.ArrayList;
import java.util.List;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.field.NodalFields;
import org.cavityfem.fem.TriangleNodeLayout;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.hom.AzimuthalDofs;
import org.cavityfem.solver.hom.AzimuthalMode;
import org.cavityfem.units.PhysicalConstants;

/**
 * The fields of a mode of any azimuthal order at every mesh node, as amplitudes in the meridian
 * plane with their φ dependence (design.md §2.13): E_z, E_r and H_phi vary as cos mφ, E_phi, H_z and
 * H_r as sin mφ; for m = 0 none depends on φ. Values are averaged over the elements sharing a node
 * (the edge space's normal component and every derivative jump between elements); on the axis,
 * where the m ≥ 1 fields carry 1/r factors, they are the limits taken a step inside each element.
 * At a stored energy of 1 J.
 *
 * @param m azimuthal order
 */
public record AzimuthalNodalFields(int m, double[] axialElectric, double[] radialElectric, double[] azimuthalElectric,
        double[] axialMagnetic, double[] radialMagnetic, double[] azimuthalMagnetic) {

    /** Step from an axis node towards its element's centroid, in reference coordinates. */
    private static final double AXIS_STEP = 1e-6;

    /** The factor of the E_z, E_r and H_phi amplitudes at azimuth φ: cos mφ. */
    public double cosineFactor(double phi) {
        return Math.cos(m * phi);
    }

    /** The factor of the E_phi, H_z and H_r amplitudes at azimuth φ: sin mφ, or 1 for m = 0. */
    public double sineFactor(double phi) {
        return m == 0 ? 1 : Math.sin(m * phi);
    }

    /** The nodal fields of an m ≥ 1 mode (M-normalised eigenvector), scaled to U = 1 J. */
    public static AzimuthalNodalFields of(Mesh mesh, AzimuthalDofs dofs, int m, AzimuthalMode mode) {
        return of(mesh, dofs, m, List.of(mode)).get(0);
    }

    /** The nodal fields of several modes of one m ≥ 1 solution, in one pass over the mesh. */
    public static List<AzimuthalNodalFields> of(Mesh mesh, AzimuthalDofs dofs, int m, List<AzimuthalMode> modes) {
        AzimuthalField field = new AzimuthalField(mesh, dofs, m, new double[dofs.size()]);
        double scale = 1 / Math.sqrt(0.5 * PhysicalConstants.EPSILON_0 * Math.PI);
        int count = modes.size();
        int nodes = mesh.nodeCount();
        double[][][] sum = new double[count][6][nodes];
        double[][] local = new double[count][field.localSize()];
        int[] shared = new int[nodes];
        TriangleNodeLayout layout = mesh.layout();
        double tolerance = 1e-12 * mesh.contour().boundingSize();
        double[] at = new double[8];
        for (int e = 0; e < mesh.elementCount(); e++) {
            for (int k = 0; k < count; k++) {
                field.localCoefficients(e, modes.get(k).unknowns(), local[k]);
            }
            for (int j = 0; j < layout.nodeCount(); j++) {
                int node = mesh.node(e, j);
                double xi = layout.xi(j);
                double eta = layout.eta(j);
                if (mesh.r(node) <= tolerance) {
                    xi += AXIS_STEP * (1.0 / 3 - xi);
                    eta += AXIS_STEP * (1.0 / 3 - eta);
                }
                field.locate(e, xi, eta);
                for (int k = 0; k < count; k++) {
                    field.combine(local[k], at);
                    double omegaMu = 2 * Math.PI * modes.get(k).frequency() * PhysicalConstants.MU_0;
                    double r = at[1];
                    double[][] s = sum[k];
                    s[0][node] += scale * at[2];
                    s[1][node] += scale * at[3];
                    s[2][node] += scale * at[4];
                    s[3][node] += scale * m * at[5] / (r * omegaMu);
                    s[4][node] += -scale * m * at[6] / (r * omegaMu);
                    s[5][node] += scale * at[7] / omegaMu;
                }
                shared[node]++;
            }
        }
        List<AzimuthalNodalFields> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            for (double[] s : sum[k]) {
                for (int i = 0; i < nodes; i++) {
                    s[i] /= shared[i];
                }
            }
            double[][] s = sum[k];
            out.add(new AzimuthalNodalFields(m, s[0], s[1], s[2], s[3], s[4], s[5]));
        }
        return List.copyOf(out);
    }

    /**
     * The nodal fields of a monopole mode (at 1 J): TM0 (E_z, E_r, H_phi) or TE0 (E_phi, and
     * H = (ε0/μ0) times the TM0 evaluator's curl of the nodal E_phi, see {@link TeMonopoleWallSampler}).
     */
    public static AzimuthalNodalFields ofMonopole(Mesh mesh, Mode mode) {
        boolean te = mode.family() == org.cavityfem.solver.ModeFamily.TE;
        ModeField field = ModeField.of(mesh, new Mode(mode.index(), mode.number(), mode.eigenvalue(),
                mode.azimuthalField(), mode.relativeResidual()));
        NodalFields f = field.nodalFields();
        int n = mesh.nodeCount();
        double[] zero = new double[n];
        if (!te) {
            return new AzimuthalNodalFields(0, f.axialElectricField(), f.radialElectricField(), zero, zero, zero,
                    f.magneticField());
        }
        double ratio = PhysicalConstants.EPSILON_0 / PhysicalConstants.MU_0;
        double[] hz = new double[n];
        double[] hr = new double[n];
        for (int i = 0; i < n; i++) {
            hz[i] = ratio * f.axialElectricField()[i];
            hr[i] = ratio * f.radialElectricField()[i];
        }
        return new AzimuthalNodalFields(0, zero, zero, f.magneticField(), hz, hr, zero);
    }
}
