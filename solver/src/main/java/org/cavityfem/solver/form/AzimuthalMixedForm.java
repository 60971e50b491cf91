package org.cavityfem.solver.form;

import org.cavityfem.fem.LagrangeTriangle;
import org.cavityfem.fem.MapPoint;
import org.cavityfem.fem.NedelecTriangle;
import org.cavityfem.fem.TabulatedBasis;
import org.cavityfem.fem.TriangleQuadrature;

/**
 * The weak form of the modes varying as cos(mφ), m ≥ 1 (docs/design.md §2.11), in the variables
 * v = (E_z, E_r) + ∇w/m (order-q Nédélec, covariant Piola) and w = r E_phi (order-q Lagrange):
 *
 * <pre>
 *   a = ∫∫ [ r curl v · curl v' + (m²/r) v·v' ] dr dz
 *   b = ∫∫ [ r (v − ∇w/m)·(v' − ∇w'/m) + w w' / r ] dr dz
 * </pre>
 *
 * with curl v = ∂z v_r − ∂r v_z. Local unknowns: the {@link NedelecTriangle} functions, then the
 * Lagrange ones. The w-block of the stiffness is zero: {v = 0} × W is the gradient kernel (k = 0),
 * of the dimension of the Lagrange space. Not thread-safe (scratch arrays).
 */
public final class AzimuthalMixedForm implements TransformableFormKernel<AzimuthalMixedForm.Table> {

    /** The Nédélec functions (ξ, η components and reference curl) and the Lagrange table at a rule's points. */
    public record Table(double[][] ux, double[][] uy, double[][] curl, TabulatedBasis lagrange) {
    }

    private final int m;
    private final NedelecTriangle edge;
    private final LagrangeTriangle nodal;
    private final int ne;
    private final int nl;
    private final int n;
    private final double[] vz;
    private final double[] vr;
    private final double[] c;
    private final double[] gz;
    private final double[] gr;
    /** Per local function: curl v, v_z, v_r (stiffness) and E_z, E_r, w (mass) features. */
    private final double[][] feature;
    private final double[][] transformed;
    private double[] transform;

    /**
     * @param m azimuthal order, ≥ 1
     * @param order q: Nédélec order q and Lagrange order q (the mesh order)
     */
    public AzimuthalMixedForm(int m, int order) {
        if (m < 1) {
            throw new IllegalArgumentException("azimuthal order must be >= 1 for the mixed form, got " + m);
        }
        this.m = m;
        this.edge = NedelecTriangle.of(order);
        this.nodal = LagrangeTriangle.of(order);
        this.ne = edge.size();
        this.nl = nodal.size();
        this.n = ne + nl;
        vz = new double[ne];
        vr = new double[ne];
        c = new double[ne];
        gz = new double[nl];
        gr = new double[nl];
        feature = new double[6][n];
        transformed = new double[6][n];
    }

    @Override
    public void transform(double[] t) {
        this.transform = t;
    }

    @Override
    public int localSize() {
        return n;
    }

    /** Number of edge (Nédélec) functions, which come first. */
    public int edgeSize() {
        return ne;
    }

    @Override
    public Table tabulate(TriangleQuadrature rule) {
        int np = rule.size();
        double[][] ux = new double[np][ne];
        double[][] uy = new double[np][ne];
        double[][] cu = new double[np][ne];
        for (int q = 0; q < np; q++) {
            edge.evaluate(rule.xi()[q], rule.eta()[q], ux[q], uy[q], cu[q]);
        }
        return new Table(ux, uy, cu, TabulatedBasis.shared(nodal, rule));
    }

    @Override
    public void add(MapPoint x, Table table, int q, double weight, double[] stiffness, double[] mass) {
        double r = x.r();
        double det = x.det();
        double[] ux = table.ux()[q];
        double[] uy = table.uy()[q];
        double[] cu = table.curl()[q];
        for (int a = 0; a < ne; a++) {
            // Covariant Piola: v = û_ξ ∇ξ + û_η ∇η; curl v = curl̂ û / det J.
            vz[a] = x.xiZ() * ux[a] + x.etaZ() * uy[a];
            vr[a] = x.xiR() * ux[a] + x.etaR() * uy[a];
            c[a] = cu[a] / det;
        }
        double[] phi = table.lagrange().value()[q];
        x.gradients(table.lagrange().dXi()[q], table.lagrange().dEta()[q], nl, gz, gr);
        if (transform != null) {
            addTransformed(r, weight * det, phi, stiffness, mass);
            return;
        }
        double wd = weight * det;
        double wr = wd * r;
        double wOverR = wd / r;
        double m2 = (double) m * m;
        for (int a = 0; a < ne; a++) {
            int row = a * n;
            for (int b = a; b < ne; b++) {
                double dot = vz[a] * vz[b] + vr[a] * vr[b];
                stiffness[row + b] += wr * c[a] * c[b] + m2 * wOverR * dot;
                mass[row + b] += wr * dot;
            }
            for (int b = 0; b < nl; b++) {
                mass[row + ne + b] -= wr / m * (vz[a] * gz[b] + vr[a] * gr[b]);
            }
        }
        for (int a = 0; a < nl; a++) {
            int row = (ne + a) * n + ne;
            for (int b = a; b < nl; b++) {
                mass[row + b] += wr / m2 * (gz[a] * gz[b] + gr[a] * gr[b]) + wOverR * phi[a] * phi[b];
            }
        }
    }

    /**
     * The same integrand through the features E_z = v_z − ∂z w/m, E_r = v_r − ∂r w/m, w and curl v,
     * v_z, v_r of the transformed functions: a = r curl² + (m²/r)|v|², b = r |E_t|² + w²/r.
     */
    private void addTransformed(double r, double wd, double[] phi, double[] stiffness, double[] mass) {
        for (int a = 0; a < ne; a++) {
            feature[0][a] = c[a];
            feature[1][a] = vz[a];
            feature[2][a] = vr[a];
            feature[3][a] = vz[a];
            feature[4][a] = vr[a];
            feature[5][a] = 0;
        }
        for (int a = 0; a < nl; a++) {
            feature[0][ne + a] = 0;
            feature[1][ne + a] = 0;
            feature[2][ne + a] = 0;
            feature[3][ne + a] = -gz[a] / m;
            feature[4][ne + a] = -gr[a] / m;
            feature[5][ne + a] = phi[a];
        }
        for (int f = 0; f < 6; f++) {
            double[] in = feature[f];
            double[] out = transformed[f];
            java.util.Arrays.fill(out, 0);
            for (int a = 0; a < n; a++) {
                double v = in[a];
                if (v == 0) {
                    continue;
                }
                int row = a * n;
                for (int b = 0; b < n; b++) {
                    out[b] += v * transform[row + b];
                }
            }
        }
        double wr = wd * r;
        double wOverR = wd / r;
        double m2 = (double) m * m;
        double[] tc = transformed[0];
        double[] tz = transformed[1];
        double[] tr = transformed[2];
        double[] ez = transformed[3];
        double[] er = transformed[4];
        double[] tw = transformed[5];
        for (int a = 0; a < n; a++) {
            int row = a * n;
            for (int b = a; b < n; b++) {
                stiffness[row + b] += wr * tc[a] * tc[b] + m2 * wOverR * (tz[a] * tz[b] + tr[a] * tr[b]);
                mass[row + b] += wr * (ez[a] * ez[b] + er[a] * er[b]) + wOverR * tw[a] * tw[b];
            }
        }
    }
}
