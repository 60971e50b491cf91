package org.cavityfem.analysis.hom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The Taylor coefficients at δ = 0 that {@link TransverseImpedance} reads the m ≥ 2 axis limit from:
 * for a polynomial of degree below the number of Chebyshev points the interpolant is the polynomial
 * itself, so the j-th coefficient must be the polynomial's own (closed form: its monomial
 * coefficients), to rounding amplified by the derivatives at the interval's end.
 */
class TaylorAtStartTest {

    @Test
    void coefficientsOfAQuinticFromSevenChebyshevPoints() {
        double[] c = {3, -2, 5, 7, 0, -1};
        int n = 7;
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            double delta = 0.5 * (1 + Math.cos(Math.PI * (i + 0.5) / n));
            double v = 0;
            for (int j = c.length - 1; j >= 0; j--) {
                v = v * delta + c[j];
            }
            values[i] = v;
        }
        for (int j = 0; j < c.length; j++) {
            assertEquals(c[j], TransverseImpedance.taylorAtStart(values, j), 1e-11, "coefficient of δ^" + j);
        }
        assertEquals(0, TransverseImpedance.taylorAtStart(values, 6), 1e-10, "no δ^6 term");
    }

    @Test
    void aPureSquareHasNoLowerTerms() {
        // E_z = c r² along a line r = 0.3 δ: the δ² coefficient is c 0.09 whatever n.
        for (int n = 4; n <= 10; n++) {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                double delta = 0.5 * (1 + Math.cos(Math.PI * (i + 0.5) / n));
                values[i] = 2.5 * Math.pow(0.3 * delta, 2);
            }
            // Rounding grows with the end derivatives' n⁴/3 (about 3 000 at n = 10).
            assertEquals(2.5 * 0.09, TransverseImpedance.taylorAtStart(values, 2), 1e-11 * 0.225, "n = " + n);
            assertEquals(0, TransverseImpedance.taylorAtStart(values, 1), 1e-11 * 0.225, "n = " + n);
        }
    }
}
