package org.cavityfem.mesh.geometry;

import java.util.Locale;

/**
 * Circular arc p(t) = center + radius (cos θ, sin θ), θ = startAngle + t·sweep, angles measured in
 * the (z, r) plane from the +z direction towards +r.
 *
 * @param center centre (m)
 * @param radius radius (m), positive
 * @param startAngle angle at t = 0 (rad)
 * @param sweep signed angle swept from t = 0 to t = 1 (rad); positive is counter-clockwise in (z, r)
 */
public record CircularArc(Point center, double radius, double startAngle, double sweep) implements Segment {

    /** Arc from {@code start} to {@code end} about {@code center}, turning counter-clockwise if ccw. */
    public static CircularArc through(Point start, Point end, Point center, boolean ccw) {
        double r0 = start.distance(center);
        double a0 = Math.atan2(start.r() - center.r(), start.z() - center.z());
        double a1 = Math.atan2(end.r() - center.r(), end.z() - center.z());
        double sweep = a1 - a0;
        if (ccw) {
            while (sweep <= 0) {
                sweep += 2 * Math.PI;
            }
        } else {
            while (sweep >= 0) {
                sweep -= 2 * Math.PI;
            }
        }
        return new CircularArc(center, r0, a0, sweep);
    }

    @Override
    public Point pointAt(double t) {
        double a = startAngle + t * sweep;
        return center.plus(radius * Math.cos(a), radius * Math.sin(a));
    }

    @Override
    public Point derivativeAt(double t) {
        double a = startAngle + t * sweep;
        return new Point(-radius * sweep * Math.sin(a), radius * sweep * Math.cos(a));
    }

    // The array forms (what a curved element map asks for at every point) without a Point: the same
    // expressions as pointAt(t) and derivativeAt(t).
    @Override
    public void pointAt(double t, double[] out) {
        double a = startAngle + t * sweep;
        out[0] = center.z() + radius * Math.cos(a);
        out[1] = center.r() + radius * Math.sin(a);
    }

    @Override
    public void derivativeAt(double t, double[] out) {
        double a = startAngle + t * sweep;
        out[0] = -radius * sweep * Math.sin(a);
        out[1] = radius * sweep * Math.cos(a);
    }

    @Override
    public double length() {
        return radius * Math.abs(sweep);
    }

    @Override
    public double minCurvatureRadius() {
        return radius;
    }

    @Override
    public double curvatureRadiusAt(double t) {
        return radius;
    }

    @Override
    public CircularArc reversed() {
        return new CircularArc(center, radius, startAngle + sweep, -sweep);
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "circular arc about %s, radius %.6g m, %s -> %s",
                center, radius, start(), end());
    }
}
