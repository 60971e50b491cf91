package org.cavityfem.fem;

/**
 * Collapsed (Duffy) product rule on the reference triangle (0,0), (1,0), (0,1): the unit square
 * (u, v) maps onto the triangle with the edge u = 0 collapsed into one chosen vertex c,
 * x = c + u [(1 − v)(a − c) + v (b − c)], with Jacobian u (the triangle has doubled area 1).
 *
 * <p>With n Gauss–Legendre points in each direction it integrates polynomials of degree 2n − 2
 * exactly. Collapsing into a vertex that lies on the axis r = 0 makes the factor u of the Jacobian
 * cancel the 1/r of the H_phi weak form there, so elements touching the axis at one vertex are
 * integrated as accurately as any other (M. G. Duffy, SIAM J. Numer. Anal. 19 (1982) 1260).
 *
 * @param xi reference ξ of each point
 * @param eta reference η of each point
 * @param weights weight of each point; they sum to 1/2, the reference area
 */
public record TriangleQuadrature(double[] xi, double[] eta, double[] weights) {

    private static final double[][] VERTICES = {{0, 0}, {1, 0}, {0, 1}};

    /**
     * Rule with n × n points collapsing the square's edge u = 0 into local vertex {@code collapse}.
     */
    public static TriangleQuadrature collapsed(int n, int collapse) {
        if (collapse < 0 || collapse > 2) {
            throw new IllegalArgumentException("collapse vertex must be 0..2, got " + collapse);
        }
        GaussLegendre g = GaussLegendre.of(n);
        double[] c = VERTICES[collapse];
        double[] a = VERTICES[(collapse + 1) % 3];
        double[] b = VERTICES[(collapse + 2) % 3];
        double[] xi = new double[n * n];
        double[] eta = new double[n * n];
        double[] w = new double[n * n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            double u = g.nodes()[i];
            for (int j = 0; j < n; j++) {
                double v = g.nodes()[j];
                xi[k] = c[0] + u * ((1 - v) * (a[0] - c[0]) + v * (b[0] - c[0]));
                eta[k] = c[1] + u * ((1 - v) * (a[1] - c[1]) + v * (b[1] - c[1]));
                w[k] = g.weights()[i] * g.weights()[j] * u;
                k++;
            }
        }
        return new TriangleQuadrature(xi, eta, w);
    }

    /** The single point (ξ, η) with weight 1: a "rule" for tabulating a basis at one point. */
    public static TriangleQuadrature point(double xi, double eta) {
        return new TriangleQuadrature(new double[] {xi}, new double[] {eta}, new double[] {1});
    }

    /** Number of points. */
    public int size() {
        return weights.length;
    }
}
