package org.cavityfem.solver;

/** Closed-form special functions used by the tests. */
public final class ClosedForms {

    private ClosedForms() {
    }

    /**
     * Bessel J1 by its power series J1(x) = Σ (−1)^m (x/2)^{2m+1} / (m! (m+1)!)
     * (Abramowitz &amp; Stegun 9.1.10); all terms to machine precision for |x| <= 10.
     */
    public static double besselJ1(double x) {
        double half = x / 2;
        double term = half;
        double sum = term;
        for (int m = 1; m < 60; m++) {
            term *= -half * half / (m * (m + 1.0));
            sum += term;
            if (Math.abs(term) < 1e-18 * Math.abs(sum)) {
                break;
            }
        }
        return sum;
    }
}
