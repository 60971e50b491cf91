package org.cavityfem.output.vtk;

import org.cavityfem.fem.ElementMap;
import org.cavityfem.fem.MapPoint;
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
        MapPoint x = new MapPoint();
        double total = 0;
        for (int e = 0; e < mesh.elementCount(); e++) {
            ElementMap map = mesh.isoparametricMap(e);
            for (double[] q : RULE) {
                map.evaluate(q[0], q[1], x);
                total += 0.5 * q[2] * x.det();
            }
        }
        return total;
    }
}
