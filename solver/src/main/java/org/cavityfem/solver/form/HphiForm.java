package org.cavityfem.solver.form;

import org.cavityfem.fem.LagrangeTriangle;
import org.cavityfem.fem.MapPoint;
import org.cavityfem.fem.TabulatedBasis;
import org.cavityfem.fem.TriangleQuadrature;

/**
 * The monopole H_phi weak form (docs/design.md §2.2) with order-p Lagrange functions φ:
 *
 * <pre>
 *   K_ab = ∫∫ [ r ∂zφa ∂zφb + (1/r) ∂r(r φa) ∂r(r φb) ] dr dz      (dimensionless per (A/m)²)
 *   M_ab = ∫∫ r φa φb dr dz                                        (m² per (A/m)²)
 * </pre>
 *
 * with ∂r(r φ) = φ + r ∂rφ. The 1/r term is integrable because every unknown vanishes on the axis;
 * the assembler's collapsed rules make it exact there. Not thread-safe (scratch arrays).
 */
public final class HphiForm implements FormKernel<TabulatedBasis> {

    private final LagrangeTriangle basis;
    private final int n;
    private final double[] gz;
    private final double[] gr;
    private final double[] c;

    /** The form with Lagrange functions of the given order. */
    public HphiForm(int order) {
        this.basis = LagrangeTriangle.of(order);
        this.n = basis.size();
        this.gz = new double[n];
        this.gr = new double[n];
        this.c = new double[n];
    }

    @Override
    public int localSize() {
        return n;
    }

    @Override
    public TabulatedBasis tabulate(TriangleQuadrature rule) {
        return TabulatedBasis.shared(basis, rule);
    }

    @Override
    public void add(MapPoint x, TabulatedBasis table, int q, double weight, double[] stiffness, double[] mass) {
        double[] phi = table.value()[q];
        x.gradients(table.dXi()[q], table.dEta()[q], n, gz, gr);
        double r = x.r();
        for (int k = 0; k < n; k++) {
            c[k] = phi[k] + r * gr[k];
        }
        double wd = weight * x.det();
        double wr = wd * r;
        double wOverR = wd / r;
        for (int a = 0; a < n; a++) {
            double ka = wr * gz[a];
            double kc = wOverR * c[a];
            double ma = wr * phi[a];
            int row = a * n;
            for (int b = a; b < n; b++) {
                stiffness[row + b] += ka * gz[b] + kc * c[b];
                mass[row + b] += ma * phi[b];
            }
        }
    }
}
