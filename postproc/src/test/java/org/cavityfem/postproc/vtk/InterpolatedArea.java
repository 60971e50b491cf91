package org.cavityfem.postproc.vtk;

import org.cavityfem.mesh.LagrangeTriangle;
import org.cavityfem.mesh.Mesh;

/**
 * Area of a mesh whose elements are the Lagrange interpolants through their nodes (what a VTK
 * Lagrange cell is), by the 7-point degree-5 rule of Strang and Fix (1973) — the same rule the
 * VTK read-back script uses, so the two agree to rounding when the node order is right.
 */
final class InterpolatedArea {

    private static final double A1 = 0.059715871789770;
    private static final double B1 = 0.470142064105115;
    private static final double A2 = 0.797426985353087;
    private static final double B2 = 0.101286507323456;
    private static final double W0 = 0.225;
    private static final double W1 = 0.132394152788506;
    private static final double W2 = 0.125939180544827;
    private static final double[][] RULE = {
        {1.0 / 3, 1.0 / 3, W0},
        {B1, B1, W1}, {A1, B1, W1}, {B1, A1, W1},
        {B2, B2, W2}, {A2, B2, W2}, {B2, A2, W2},
    };

    private InterpolatedArea() {
    }

    static double of(Mesh mesh) {
        LagrangeTriangle basis = LagrangeTriangle.of(mesh.order());
        int n = basis.size();
        double[] value = new double[n];
        double[] dXi = new double[n];
        double[] dEta = new double[n];
        double total = 0;
        for (int e = 0; e < mesh.elementCount(); e++) {
            for (double[] q : RULE) {
                basis.evaluate(q[0], q[1], value, dXi, dEta);
                double zXi = 0;
                double zEta = 0;
                double rXi = 0;
                double rEta = 0;
                for (int k = 0; k < n; k++) {
                    int node = mesh.node(e, k);
                    zXi += mesh.z(node) * dXi[k];
                    zEta += mesh.z(node) * dEta[k];
                    rXi += mesh.r(node) * dXi[k];
                    rEta += mesh.r(node) * dEta[k];
                }
                total += 0.5 * q[2] * (zXi * rEta - zEta * rXi);
            }
        }
        return total;
    }
}
