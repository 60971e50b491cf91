package org.cavityfem.mesh;

/**
 * Collapsed (Duffy) Gauss-Legendre rule on the reference triangle: ξ = u, η = v (1 − u), weight
 * w_u w_v (1 − u). With n points per direction it integrates polynomials of degree 2n − 2 exactly.
 */
final class TriangleQuadrature {

    final double[] xi;
    final double[] eta;
    final double[] weight;

    TriangleQuadrature(int n) {
        double[] x = new double[n];
        double[] w = new double[n];
        gaussLegendre(n, x, w);
        xi = new double[n * n];
        eta = new double[n * n];
        weight = new double[n * n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                xi[k] = x[i];
                eta[k] = x[j] * (1 - x[i]);
                weight[k++] = w[i] * w[j] * (1 - x[i]);
            }
        }
    }

    /** Nodes and weights on [0, 1], by Newton iteration on the Legendre polynomial P_n. */
    private static void gaussLegendre(int n, double[] x, double[] w) {
        for (int i = 0; i < n; i++) {
            double t = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double derivative = 0;
            for (int iter = 0; iter < 100; iter++) {
                double p0 = 1;
                double p1 = t;
                for (int k = 2; k <= n; k++) {
                    double p2 = ((2 * k - 1) * t * p1 - (k - 1) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                derivative = n * (t * p1 - p0) / (t * t - 1);
                double step = p1 / derivative;
                t -= step;
                if (Math.abs(step) < 1e-16) {
                    break;
                }
            }
            x[i] = 0.5 * (1 - t);
            w[i] = 1.0 / ((1 - t * t) * derivative * derivative);
        }
    }

    /** Area of the mesh through its isoparametric maps (m²); fails on a non-positive Jacobian. */
    static double isoparametricArea(Mesh mesh) {
        LagrangeTriangle basis = LagrangeTriangle.of(mesh.order());
        TriangleQuadrature rule = new TriangleQuadrature(mesh.order() + 2);
        int n = basis.size();
        double[] dXi = new double[n];
        double[] dEta = new double[n];
        double[][] gxi = new double[rule.weight.length][];
        double[][] geta = new double[rule.weight.length][];
        for (int q = 0; q < rule.weight.length; q++) {
            basis.evaluate(rule.xi[q], rule.eta[q], null, dXi, dEta);
            gxi[q] = dXi.clone();
            geta[q] = dEta.clone();
        }
        double area = 0;
        for (int e = 0; e < mesh.elementCount(); e++) {
            for (int q = 0; q < rule.weight.length; q++) {
                double zx = 0;
                double ze = 0;
                double rx = 0;
                double re = 0;
                for (int m = 0; m < n; m++) {
                    int node = mesh.node(e, m);
                    zx += mesh.z(node) * gxi[q][m];
                    ze += mesh.z(node) * geta[q][m];
                    rx += mesh.r(node) * gxi[q][m];
                    re += mesh.r(node) * geta[q][m];
                }
                double jacobian = zx * re - ze * rx;
                if (!(jacobian > 0)) {
                    throw new AssertionError("element " + e + " has Jacobian " + jacobian + " at a quadrature point");
                }
                area += rule.weight[q] * jacobian;
            }
        }
        return area;
    }
}
