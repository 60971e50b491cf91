package org.cavityfem.fem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The Nédélec functions are dual to their edge moments (Nédélec 1980: the moments are unisolvent on
 * N_q and fix the tangential trace): moment (e, j) of function k is δ, interior functions have none,
 * and the space has dimension q(q + 2). To 1e-12 up to order 6, 1e-10 at order 7; at order 8 the monomial evaluation
 * loses digits and the bound is 1e-9.
 */
class NedelecTriangleTest {

    private static final double[][] V = {{0, 0}, {1, 0}, {0, 1}};

    @Test
    void edgeMomentsAreDual() {
        for (int q = 1; q <= TriangleNodeLayout.MAX_ORDER; q++) {
            NedelecTriangle ned = NedelecTriangle.of(q);
            int n = ned.size();
            assertEquals(q * (q + 2), n);
            double[] ux = new double[n];
            double[] uy = new double[n];
            double[] c = new double[n];
            GaussLegendre g = GaussLegendre.of(q + 3);
            for (int e = 0; e < 3; e++) {
                int[] ab = TriangleNodeLayout.edgeVertices(e);
                double tx = V[ab[1]][0] - V[ab[0]][0];
                double ty = V[ab[1]][1] - V[ab[0]][1];
                for (int j = 0; j < q; j++) {
                    double[] moment = new double[n];
                    for (int p = 0; p < g.size(); p++) {
                        double t = g.nodes()[p];
                        ned.evaluate(V[ab[0]][0] + t * tx, V[ab[0]][1] + t * ty, ux, uy, c);
                        double w = g.weights()[p] * NedelecTriangle.legendre(j, 2 * t - 1);
                        for (int k = 0; k < n; k++) {
                            moment[k] += w * (ux[k] * tx + uy[k] * ty);
                        }
                    }
                    for (int k = 0; k < n; k++) {
                        double tolerance = q < 7 ? 1e-12 : q < 8 ? 1e-10 : 1e-9;
                        assertEquals(k == e * q + j ? 1 : 0, moment[k], tolerance, "q=" + q + " edge " + e + " j=" + j
                                + " function " + k);
                    }
                }
            }
        }
    }

    /** Curl by central differences agrees with the tabulated curl (order 4, an interior point). */
    @Test
    void curlMatchesTheDerivatives() {
        NedelecTriangle ned = NedelecTriangle.of(4);
        int n = ned.size();
        double[] ux = new double[n];
        double[] uy = new double[n];
        double[] c = new double[n];
        double[] a = new double[n];
        double[] b = new double[n];
        double[] d = new double[n];
        double x = 0.3;
        double y = 0.25;
        double h = 1e-5;
        ned.evaluate(x, y, ux, uy, c);
        double[] uyPlus = new double[n];
        double[] uyMinus = new double[n];
        double[] uxPlus = new double[n];
        double[] uxMinus = new double[n];
        ned.evaluate(x + h, y, a, uyPlus, d);
        ned.evaluate(x - h, y, a, uyMinus, d);
        ned.evaluate(x, y + h, uxPlus, b, d);
        ned.evaluate(x, y - h, uxMinus, b, d);
        for (int k = 0; k < n; k++) {
            double fd = (uyPlus[k] - uyMinus[k]) / (2 * h) - (uxPlus[k] - uxMinus[k]) / (2 * h);
            assertEquals(fd, c[k], 1e-6 * Math.max(1, Math.abs(c[k])));
        }
    }
}
