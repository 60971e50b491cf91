package org.cavityfem.mesh;

import org.cavityfem.fem.LagrangeTriangle;
import org.cavityfem.fem.MapPoint;
import org.cavityfem.fem.TabulatedBasis;
import org.cavityfem.fem.TriangleQuadrature;

/** Area of a mesh through the isoparametric maps of its elements. */
final class IsoparametricArea {

    private IsoparametricArea() {
    }

    /**
     * Area of the mesh through its isoparametric maps (m²), by a collapsed rule exact for their
     * polynomial Jacobians; fails on a non-positive Jacobian.
     */
    static double of(Mesh mesh) {
        TabulatedBasis table = TabulatedBasis.of(LagrangeTriangle.of(mesh.order()),
                TriangleQuadrature.collapsed(mesh.order() + 2, 0));
        double[] weight = table.rule().weights();
        MapPoint x = new MapPoint();
        double area = 0;
        for (int e = 0; e < mesh.elementCount(); e++) {
            var map = mesh.isoparametricMap(e);
            for (int q = 0; q < weight.length; q++) {
                map.evaluate(table, q, x);
                if (!(x.det() > 0)) {
                    throw new AssertionError("element " + e + " has Jacobian " + x.det() + " at a quadrature point");
                }
                area += weight[q] * x.det();
            }
        }
        return area;
    }
}
