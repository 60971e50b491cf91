package org.cavityfem.fem;

/**
 * n-point Gauss–Legendre rule on [0, 1], exact for polynomials of degree 2n − 1.
 *
 * <p>Nodes are the roots of the Legendre polynomial P_n, found by Newton's method from the
 * Tricomi initial guesses cos(π (i − 1/4)/(n + 1/2)); weights 2/((1 − x²) P_n'(x)²), mapped to [0, 1]
 * (Abramowitz &amp; Stegun 25.4.29).
 *
 * <p>Each rule is computed once and then shared ({@link #of} is called per wall edge and per
 * integral by the analysis, where the Newton iteration cost more than the integrals): callers must
 * not modify the arrays.
 *
 * @param nodes abscissae in (0, 1), ascending
 * @param weights weights, summing to 1
 */
public record GaussLegendre(double[] nodes, double[] weights) {

    /** Rules computed so far, by number of points; a race only computes the same rule twice. */
    private static final GaussLegendre[] RULES = new GaussLegendre[65];

    /** The rule with n points, 1 <= n <= 64. */
    public static GaussLegendre of(int n) {
        if (n < 1 || n > 64) {
            throw new IllegalArgumentException("Gauss-Legendre points must be 1..64, got " + n);
        }
        GaussLegendre rule = RULES[n];
        if (rule == null) {
            rule = compute(n);
            RULES[n] = rule;
        }
        return rule;
    }

    private static GaussLegendre compute(int n) {
        double[] x = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < (n + 1) / 2; i++) {
            double t = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double derivative = 0;
            for (int iter = 0; iter < 100; iter++) {
                double[] pd = legendre(n, t);
                derivative = pd[1];
                double step = pd[0] / derivative;
                t -= step;
                if (Math.abs(step) < 1e-17) {
                    break;
                }
            }
            derivative = legendre(n, t)[1];
            double weight = 2 / ((1 - t * t) * derivative * derivative);
            // Roots come in ± pairs; map [-1, 1] to [0, 1].
            x[i] = 0.5 * (1 - t);
            x[n - 1 - i] = 0.5 * (1 + t);
            w[i] = 0.5 * weight;
            w[n - 1 - i] = 0.5 * weight;
        }
        return new GaussLegendre(x, w);
    }

    /** Number of points. */
    public int size() {
        return nodes.length;
    }

    /** P_n(t) and P_n'(t) by the three-term recurrence. */
    private static double[] legendre(int n, double t) {
        double p0 = 1;
        double p1 = t;
        if (n == 0) {
            return new double[] {1, 0};
        }
        for (int k = 2; k <= n; k++) {
            double p2 = ((2 * k - 1) * t * p1 - (k - 1) * p0) / k;
            p0 = p1;
            p1 = p2;
        }
        double derivative = n * (t * p1 - p0) / (t * t - 1);
        return new double[] {p1, derivative};
    }
}
