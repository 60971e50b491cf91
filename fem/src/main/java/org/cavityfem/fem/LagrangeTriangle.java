package org.cavityfem.fem;

/**
 * Lagrange basis of order p on the reference triangle, interpolating at the nodes of
 * {@link TriangleNodeLayout}. It serves both as the isoparametric geometry map and as the
 * finite-element basis.
 *
 * <p>Silvester's product form: the function of node (a0, a1, a2) is R_{a0}(λ0) R_{a1}(λ1) R_{a2}(λ2)
 * with R_m(λ) = Π_{j<m} (pλ − j)/(j + 1), which is 1 at λ = m/p and vanishes at λ = j/p for j < m
 * (P. Silvester, "Finite element solution of homogeneous waveguide problems", Alta Frequenza 38, 1969).
 * Instances are immutable and thread-safe; evaluation writes into caller-supplied arrays.
 */
public final class LagrangeTriangle {

    private final TriangleNodeLayout layout;
    private final int p;

    private LagrangeTriangle(TriangleNodeLayout layout) {
        this.layout = layout;
        this.p = layout.order();
    }

    /** Basis of order p. */
    public static LagrangeTriangle of(int order) {
        return new LagrangeTriangle(TriangleNodeLayout.of(order));
    }

    /** The node layout the basis interpolates at. */
    public TriangleNodeLayout layout() {
        return layout;
    }

    /** Polynomial order. */
    public int order() {
        return p;
    }

    /** Number of basis functions. */
    public int size() {
        return layout.nodeCount();
    }

    /** Values of all basis functions at (ξ, η) into {@code out}. */
    public void values(double xi, double eta, double[] out) {
        // Three one-dimensional arrays, not a double[3][]: the quick-start compiler allocates a
        // multi-dimensional array through a call into the runtime, which cost more than the sums.
        double[] r0 = new double[p + 1];
        double[] r1 = new double[p + 1];
        double[] r2 = new double[p + 1];
        factors(1 - xi - eta, r0, null);
        factors(xi, r1, null);
        factors(eta, r2, null);
        for (int k = 0; k < out.length && k < layout.nodeCount(); k++) {
            int[] a = layout.barycentricIndices(k);
            out[k] = r0[a[0]] * r1[a[1]] * r2[a[2]];
        }
    }

    /** Values and reference gradients (∂/∂ξ, ∂/∂η) of all basis functions at (ξ, η). */
    public void evaluate(double xi, double eta, double[] value, double[] dXi, double[] dEta) {
        // One-dimensional arrays, as in values().
        double[] rr0 = new double[p + 1];
        double[] rr1 = new double[p + 1];
        double[] rr2 = new double[p + 1];
        double[] dd0 = new double[p + 1];
        double[] dd1 = new double[p + 1];
        double[] dd2 = new double[p + 1];
        factors(1 - xi - eta, rr0, dd0);
        factors(xi, rr1, dd1);
        factors(eta, rr2, dd2);
        for (int k = 0; k < layout.nodeCount(); k++) {
            int[] a = layout.barycentricIndices(k);
            double r0 = rr0[a[0]];
            double r1 = rr1[a[1]];
            double r2 = rr2[a[2]];
            double d0 = dd0[a[0]];
            if (value != null) {
                value[k] = r0 * r1 * r2;
            }
            // λ0 = 1 − ξ − η, so ∂λ0/∂ξ = ∂λ0/∂η = −1.
            dXi[k] = -d0 * r1 * r2 + r0 * dd1[a[1]] * r2;
            dEta[k] = -d0 * r1 * r2 + r0 * r1 * dd2[a[2]];
        }
    }

    /** R_m(λ) for m = 0..p into r, and dR_m/dλ into d when d is not null. */
    private void factors(double lambda, double[] r, double[] d) {
        r[0] = 1;
        if (d != null) {
            d[0] = 0;
        }
        for (int m = 1; m <= p; m++) {
            double f = (p * lambda - (m - 1)) / m;
            r[m] = r[m - 1] * f;
            if (d != null) {
                d[m] = d[m - 1] * f + r[m - 1] * p / m;
            }
        }
    }
}
