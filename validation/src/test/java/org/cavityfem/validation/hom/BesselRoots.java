package org.cavityfem.validation.hom;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Bessel functions and their roots, from first principles so the references do not depend on a
 * table typed in by hand:
 *
 * <ul>
 *   <li>J_n(x) = Σ_k (−1)^k (x/2)^{2k+n} / (k! (k+n)!) (Abramowitz &amp; Stegun 9.1.10). For x ≤ 12 the
 *       largest term is below 1e4, so the sum keeps about 12 significant digits — enough for roots
 *       to 1e-13 because bisection only needs the sign;
 *   <li>J'_n = (J_{n−1} − J_{n+1}) / 2, J'_0 = −J_1 (A&amp;S 9.1.27);
 *   <li>spherical j_0 = sin x / x, j_1 = sin x / x² − cos x / x, j_{l+1} = (2l+1)/x j_l − j_{l−1}
 *       (A&amp;S 10.1.11, 10.1.19), upward recurrence being stable for x &gt; l.
 * </ul>
 *
 * Roots are bracketed on a grid of step 0.01 (closer than any two roots of these functions below
 * 20) and refined by bisection to rounding.
 */
final class BesselRoots {

    private BesselRoots() {
    }

    static double besselJ(int n, double x) {
        double term = 1;
        for (int i = 1; i <= n; i++) {
            term *= x / (2 * i);
        }
        double sum = term;
        double q = -x * x / 4;
        for (int k = 1; k < 80; k++) {
            term *= q / (k * (double) (k + n));
            sum += term;
        }
        return sum;
    }

    static double besselJPrime(int n, double x) {
        return n == 0 ? -besselJ(1, x) : (besselJ(n - 1, x) - besselJ(n + 1, x)) / 2;
    }

    static double sphericalJ(int l, double x) {
        double j0 = Math.sin(x) / x;
        if (l == 0) {
            return j0;
        }
        double j1 = Math.sin(x) / (x * x) - Math.cos(x) / x;
        for (int k = 1; k < l; k++) {
            double next = (2 * k + 1) / x * j1 - j0;
            j0 = j1;
            j1 = next;
        }
        return j1;
    }

    /** The positive roots of f in (from, to), ascending. */
    static List<Double> roots(DoubleUnaryOperator f, double from, double to) {
        List<Double> out = new ArrayList<>();
        double step = 0.01;
        double a = from;
        double fa = f.applyAsDouble(a);
        while (a < to) {
            double b = Math.min(a + step, to);
            double fb = f.applyAsDouble(b);
            if (fa == 0) {
                out.add(a);
            } else if (fa * fb < 0) {
                out.add(bisect(f, a, b, fa));
            }
            a = b;
            fa = fb;
        }
        return out;
    }

    private static double bisect(DoubleUnaryOperator f, double a, double b, double fa) {
        for (int i = 0; i < 200 && b - a > 1e-15 * b; i++) {
            double c = 0.5 * (a + b);
            double fc = f.applyAsDouble(c);
            if (fa * fc <= 0) {
                b = c;
            } else {
                a = c;
                fa = fc;
            }
        }
        return 0.5 * (a + b);
    }
}
