package org.cavityfem.validation;

/**
 * J0 and J1 by their power series (Abramowitz and Stegun 9.1.10), which converge to rounding for
 * the arguments below 3 that the TM010 tests use.
 */
final class Bessel {

    private Bessel() {
    }

    static double j0(double x) {
        return series(x, 0);
    }

    static double j1(double x) {
        return series(x, 1);
    }

    private static double series(double x, int order) {
        double term = order == 0 ? 1 : x / 2;
        double sum = term;
        double q = -x * x / 4;
        for (int m = 1; m < 60; m++) {
            term *= q / (m * (double) (m + order));
            sum += term;
        }
        return sum;
    }
}
