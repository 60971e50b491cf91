package org.cavityfem.mesh.geometry;

import java.util.Locale;

/**
 * Arc of an axis-aligned ellipse, p(t) = center + (a cos θ, b sin θ), θ = startAngle + t·sweep
 * (θ is the parametric, not the polar, angle).
 *
 * @param center centre (m)
 * @param semiAxisZ semi-axis along z, a (m), positive
 * @param semiAxisR semi-axis along r, b (m), positive
 * @param startAngle parametric angle at t = 0 (rad)
 * @param sweep signed parametric angle swept from t = 0 to t = 1 (rad)
 */
public record EllipticArc(Point center, double semiAxisZ, double semiAxisR, double startAngle, double sweep)
        implements Segment {

    /** Number of sub-intervals of the composite Gauss-Legendre arc-length integral. */
    private static final int LENGTH_PIECES = 16;

    @Override
    public Point pointAt(double t) {
        double a = startAngle + t * sweep;
        return center.plus(semiAxisZ * Math.cos(a), semiAxisR * Math.sin(a));
    }

    @Override
    public Point derivativeAt(double t) {
        double a = startAngle + t * sweep;
        return new Point(-semiAxisZ * sweep * Math.sin(a), semiAxisR * sweep * Math.cos(a));
    }

    // The array forms (what a curved element map asks for at every point) without a Point: the same
    // expressions as pointAt(t) and derivativeAt(t).
    @Override
    public void pointAt(double t, double[] out) {
        double a = startAngle + t * sweep;
        out[0] = center.z() + semiAxisZ * Math.cos(a);
        out[1] = center.r() + semiAxisR * Math.sin(a);
    }

    @Override
    public void derivativeAt(double t, double[] out) {
        double a = startAngle + t * sweep;
        out[0] = -semiAxisZ * sweep * Math.sin(a);
        out[1] = semiAxisR * sweep * Math.cos(a);
    }

    @Override
    public double length() {
        // Composite 8-point Gauss-Legendre: the integrand is analytic, so this is exact to rounding.
        double[] x = {-0.9602898564975363, -0.7966664774136267, -0.5255324099163290, -0.1834346424956498,
            0.1834346424956498, 0.5255324099163290, 0.7966664774136267, 0.9602898564975363};
        double[] w = {0.1012285362903763, 0.2223810344533745, 0.3137066458778873, 0.3626837833783620,
            0.3626837833783620, 0.3137066458778873, 0.2223810344533745, 0.1012285362903763};
        double sum = 0;
        for (int piece = 0; piece < LENGTH_PIECES; piece++) {
            for (int q = 0; q < x.length; q++) {
                double t = (piece + 0.5 * (x[q] + 1)) / LENGTH_PIECES;
                Point d = derivativeAt(t);
                sum += w[q] * 0.5 / LENGTH_PIECES * Math.hypot(d.z(), d.r());
            }
        }
        return sum;
    }

    @Override
    public double minCurvatureRadius() {
        // Radius of curvature (a² sin²θ + b² cos²θ)^{3/2} / (a b) is smallest where the
        // longer axis ends; check the ends of the arc and every axis crossing inside it.
        double min = radiusAtAngle(startAngle);
        min = Math.min(min, radiusAtAngle(startAngle + sweep));
        double lo = Math.min(startAngle, startAngle + sweep);
        double hi = Math.max(startAngle, startAngle + sweep);
        for (double k = Math.ceil(lo / (Math.PI / 2)); k * Math.PI / 2 <= hi; k++) {
            min = Math.min(min, radiusAtAngle(k * Math.PI / 2));
        }
        return min;
    }

    @Override
    public double curvatureRadiusAt(double t) {
        return radiusAtAngle(startAngle + t * sweep);
    }

    private double radiusAtAngle(double theta) {
        double s = Math.sin(theta);
        double c = Math.cos(theta);
        double q = semiAxisZ * semiAxisZ * s * s + semiAxisR * semiAxisR * c * c;
        return Math.pow(q, 1.5) / (semiAxisZ * semiAxisR);
    }

    @Override
    public EllipticArc reversed() {
        return new EllipticArc(center, semiAxisZ, semiAxisR, startAngle + sweep, -sweep);
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "elliptic arc about %s, semi-axes %.6g m (z) x %.6g m (r), %s -> %s",
                center, semiAxisZ, semiAxisR, start(), end());
    }
}
