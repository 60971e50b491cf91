package org.cavityfem.fem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LagrangeTriangleTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void interpolatesAtItsNodes(int order) {
        LagrangeTriangle basis = LagrangeTriangle.of(order);
        TriangleNodeLayout layout = basis.layout();
        double[] v = new double[basis.size()];
        for (int i = 0; i < basis.size(); i++) {
            basis.values(layout.xi(i), layout.eta(i), v);
            for (int j = 0; j < basis.size(); j++) {
                assertEquals(i == j ? 1.0 : 0.0, v[j], 1e-12, "node " + i + " function " + j);
            }
        }
    }

    /** The basis reproduces every polynomial of degree <= p, so it reproduces ξ^a η^b and its gradient. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void reproducesPolynomialsAndTheirGradients(int order) {
        LagrangeTriangle basis = LagrangeTriangle.of(order);
        TriangleNodeLayout layout = basis.layout();
        int n = basis.size();
        double[] v = new double[n];
        double[] dx = new double[n];
        double[] dy = new double[n];
        double x = 0.23;
        double y = 0.41;
        basis.evaluate(x, y, v, dx, dy);
        for (int a = 0; a <= order; a++) {
            for (int b = 0; a + b <= order; b++) {
                double f = 0;
                double fx = 0;
                double fy = 0;
                for (int k = 0; k < n; k++) {
                    double nodal = Math.pow(layout.xi(k), a) * Math.pow(layout.eta(k), b);
                    f += nodal * v[k];
                    fx += nodal * dx[k];
                    fy += nodal * dy[k];
                }
                assertEquals(Math.pow(x, a) * Math.pow(y, b), f, 1e-12);
                assertEquals(a == 0 ? 0 : a * Math.pow(x, a - 1) * Math.pow(y, b), fx, 1e-11);
                assertEquals(b == 0 ? 0 : b * Math.pow(x, a) * Math.pow(y, b - 1), fy, 1e-11);
            }
        }
    }
}
