package org.cavityfem.fem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The element map answers consistently: J⁻¹ J = I, det J = twice the area of a straight triangle,
 * gradients of linear functions are exact, a curved edge lies on its curve, the Jacobian is the
 * derivative of the point, and {@link ElementMap#invert} undoes the map.
 */
class ElementMapTest {

    /** Circle of radius R about (zc, rc), parametrised by angle from a0 to a1 as t runs 0 → 1. */
    private record Arc(double zc, double rc, double radius, double a0, double a1) implements EdgeCurve {

        @Override
        public void pointAt(double t, double[] out) {
            double a = a0 + t * (a1 - a0);
            out[0] = zc + radius * Math.cos(a);
            out[1] = rc + radius * Math.sin(a);
        }

        @Override
        public void derivativeAt(double t, double[] out) {
            double a = a0 + t * (a1 - a0);
            out[0] = -radius * Math.sin(a) * (a1 - a0);
            out[1] = radius * Math.cos(a) * (a1 - a0);
        }
    }

    private static final Arc ARC = new Arc(0.1, 0.05, 0.3, -0.2, 0.5);

    /** A triangle whose edge 0 (vertex 0 → 1) follows {@link #ARC}, vertex 2 inside the circle. */
    private static ElementMap curved() {
        double[] a = new double[2];
        double[] b = new double[2];
        ARC.pointAt(0, a);
        ARC.pointAt(1, b);
        return ElementMap.exact(new double[] {a[0], b[0], 0.12}, new double[] {a[1], b[1], 0.09},
                List.of(new CurvedEdge(0, ARC, 0, 1)));
    }

    private static ElementMap straight() {
        return ElementMap.exact(new double[] {0.1, 0.4, 0.2}, new double[] {0.2, 0.25, 0.6}, List.of());
    }

    private static final double[][] POINTS = {{0.2, 0.3}, {0.6, 0.1}, {0.1, 0.7}, {1.0 / 3, 1.0 / 3}, {0.05, 0.05}};

    @Test
    void inverseTimesJacobianIsTheIdentity() {
        MapPoint x = new MapPoint();
        for (ElementMap map : List.of(straight(), curved())) {
            for (double[] p : POINTS) {
                map.evaluate(p[0], p[1], x);
                assertEquals(1, x.xiZ() * x.zXi() + x.xiR() * x.rXi(), 1e-13);
                assertEquals(0, x.xiZ() * x.zEta() + x.xiR() * x.rEta(), 1e-13);
                assertEquals(0, x.etaZ() * x.zXi() + x.etaR() * x.rXi(), 1e-13);
                assertEquals(1, x.etaZ() * x.zEta() + x.etaR() * x.rEta(), 1e-13);
            }
        }
    }

    @Test
    void determinantOfAStraightTriangleIsTwiceItsArea() {
        double area = 0.5 * ((0.4 - 0.1) * (0.6 - 0.2) - (0.2 - 0.1) * (0.25 - 0.2));
        MapPoint x = new MapPoint();
        for (double[] p : POINTS) {
            straight().evaluate(p[0], p[1], x);
            assertEquals(2 * area, x.det(), 1e-15);
        }
    }

    @Test
    void gradientsOfALinearFunctionAreExact() {
        // f = 3 z − 2 r + 1 through the nodes of an order-3 element; J⁻ᵀ of its reference gradient.
        LagrangeTriangle basis = LagrangeTriangle.of(3);
        TriangleNodeLayout layout = basis.layout();
        int n = basis.size();
        ElementMap map = straight();
        double[] z = new double[n];
        double[] r = new double[n];
        double[] f = new double[n];
        for (int k = 0; k < n; k++) {
            double[] node = map.point(layout.xi(k), layout.eta(k));
            z[k] = node[0];
            r[k] = node[1];
            f[k] = 3 * z[k] - 2 * r[k] + 1;
        }
        ElementMap iso = ElementMap.isoparametric(basis, z, r, List.of());
        TabulatedBasis table = TabulatedBasis.of(basis, TriangleQuadrature.collapsed(4, 1));
        MapPoint x = new MapPoint();
        double[] gz = new double[n];
        double[] gr = new double[n];
        for (int q = 0; q < table.rule().size(); q++) {
            iso.evaluate(table, q, x);
            x.gradients(table.dXi()[q], table.dEta()[q], n, gz, gr);
            double fz = 0;
            double fr = 0;
            double fXi = 0;
            double fEta = 0;
            for (int k = 0; k < n; k++) {
                fz += f[k] * gz[k];
                fr += f[k] * gr[k];
                fXi += f[k] * table.dXi()[q][k];
                fEta += f[k] * table.dEta()[q][k];
            }
            assertEquals(3, fz, 1e-12);
            assertEquals(-2, fr, 1e-12);
            assertEquals(3, x.dz(fXi, fEta), 1e-12);
            assertEquals(-2, x.dr(fXi, fEta), 1e-12);
        }
    }

    @Test
    void curvedEdgeLiesOnTheCurve() {
        ElementMap map = curved();
        MapPoint x = new MapPoint();
        for (int j = 0; j <= 16; j++) {
            double s = j / 16.0;
            map.evaluate(s, 0, x);
            assertEquals(ARC.radius(), Math.hypot(x.z() - ARC.zc(), x.r() - ARC.rc()), 1e-15);
            double[] e = map.edgePoint(0, s);
            double[] exact = new double[2];
            ARC.pointAt(s, exact);
            assertEquals(exact[0], e[0], 1e-15);
            assertEquals(exact[1], e[1], 1e-15);
        }
        // The other two edges stay straight, so neighbours remain conforming.
        double[] mid = map.point(0.5, 0.5);
        assertEquals(0.5 * (map.vertexZ(1) + map.vertexZ(2)), mid[0], 1e-15);
        assertEquals(0.5 * (map.vertexR(1) + map.vertexR(2)), mid[1], 1e-15);
    }

    @Test
    void jacobianMatchesFiniteDifferencesOfThePoint() {
        ElementMap map = curved();
        MapPoint x = new MapPoint();
        double h = 1e-6;
        for (double[] p : POINTS) {
            map.evaluate(p[0], p[1], x);
            double[] xiPlus = map.point(p[0] + h, p[1]);
            double[] xiMinus = map.point(p[0] - h, p[1]);
            double[] etaPlus = map.point(p[0], p[1] + h);
            double[] etaMinus = map.point(p[0], p[1] - h);
            assertEquals((xiPlus[0] - xiMinus[0]) / (2 * h), x.zXi(), 1e-8);
            assertEquals((xiPlus[1] - xiMinus[1]) / (2 * h), x.rXi(), 1e-8);
            assertEquals((etaPlus[0] - etaMinus[0]) / (2 * h), x.zEta(), 1e-8);
            assertEquals((etaPlus[1] - etaMinus[1]) / (2 * h), x.rEta(), 1e-8);
            assertTrue(x.det() > 0);
        }
    }

    @Test
    void invertUndoesTheMap() {
        double[] back = new double[2];
        for (ElementMap map : List.of(straight(), curved())) {
            for (double[] p : POINTS) {
                double[] y = map.point(p[0], p[1]);
                assertTrue(map.invert(y[0], y[1], back));
                assertEquals(p[0], back[0], 1e-12);
                assertEquals(p[1], back[1], 1e-12);
            }
        }
    }

    @Test
    void isoparametricMapOfAStraightElementIsItsAffineMap() {
        LagrangeTriangle basis = LagrangeTriangle.of(4);
        TriangleNodeLayout layout = basis.layout();
        ElementMap exact = straight();
        double[] z = new double[basis.size()];
        double[] r = new double[basis.size()];
        for (int k = 0; k < z.length; k++) {
            double[] node = exact.point(layout.xi(k), layout.eta(k));
            z[k] = node[0];
            r[k] = node[1];
        }
        ElementMap iso = ElementMap.isoparametric(basis, z, r, List.of());
        MapPoint a = new MapPoint();
        MapPoint b = new MapPoint();
        for (double[] p : POINTS) {
            exact.evaluate(p[0], p[1], a);
            iso.evaluate(p[0], p[1], b);
            assertEquals(a.z(), b.z(), 1e-14);
            assertEquals(a.r(), b.r(), 1e-14);
            assertEquals(a.det(), b.det(), 1e-14);
        }
    }
}
