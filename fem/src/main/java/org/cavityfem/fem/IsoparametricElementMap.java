package org.cavityfem.fem;

import java.util.List;

/**
 * The classical isoparametric map: the Lagrange interpolant of the element's node positions,
 * x(ξ, η) = Σk xk φk(ξ, η). On a curved wall it misses the true curve between the nodes by
 * O(h^{p+1}), which limits the eigenvalue's convergence rate for odd p; on straight elements it is
 * the affine map up to rounding. Immutable and thread-safe.
 */
final class IsoparametricElementMap extends ElementMap {

    private final LagrangeTriangle basis;
    private final double[] zNode;
    private final double[] rNode;

    IsoparametricElementMap(LagrangeTriangle basis, double[] zNode, double[] rNode, List<CurvedEdge> curved) {
        super(new double[] {zNode[0], zNode[1], zNode[2]}, new double[] {rNode[0], rNode[1], rNode[2]}, curved);
        this.basis = basis;
        this.zNode = zNode;
        this.rNode = rNode;
    }

    @Override
    public void evaluate(double xi, double eta, MapPoint out) {
        int n = zNode.length;
        double[] value = new double[n];
        double[] dXi = new double[n];
        double[] dEta = new double[n];
        basis.evaluate(xi, eta, value, dXi, dEta);
        interpolate(value, dXi, dEta, out);
    }

    @Override
    public void evaluate(TabulatedBasis table, int q, MapPoint out) {
        if (table.value()[q].length != zNode.length) {
            throw new IllegalArgumentException("the table holds " + table.value()[q].length
                    + " functions, the element " + zNode.length + " nodes");
        }
        interpolate(table.value()[q], table.dXi()[q], table.dEta()[q], out);
    }

    private void interpolate(double[] phi, double[] dx, double[] dy, MapPoint out) {
        double z = 0;
        double r = 0;
        double zXi = 0;
        double zEta = 0;
        double rXi = 0;
        double rEta = 0;
        for (int k = 0; k < zNode.length; k++) {
            z += zNode[k] * phi[k];
            r += rNode[k] * phi[k];
            zXi += zNode[k] * dx[k];
            zEta += zNode[k] * dy[k];
            rXi += rNode[k] * dx[k];
            rEta += rNode[k] * dy[k];
        }
        out.set(z, r, zXi, zEta, rXi, rEta);
    }

    @Override
    public double[] edgePoint(int edge, double s) {
        double[] lambda = new double[3];
        lambda[edge] = 1 - s;
        lambda[(edge + 1) % 3] = s;
        return point(lambda[1], lambda[2]);
    }
}
