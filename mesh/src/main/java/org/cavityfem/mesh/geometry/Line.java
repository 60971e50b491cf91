package org.cavityfem.mesh.geometry;

import java.util.Locale;

/**
 * Straight segment from {@code from} to {@code to}.
 *
 * @param from start point (m)
 * @param to end point (m)
 */
public record Line(Point from, Point to) implements Segment {

    @Override
    public Point pointAt(double t) {
        return new Point(from.z() + t * (to.z() - from.z()), from.r() + t * (to.r() - from.r()));
    }

    @Override
    public Point derivativeAt(double t) {
        return new Point(to.z() - from.z(), to.r() - from.r());
    }

    // The array forms (what a curved element map asks for at every point) without a Point: the same
    // expressions as pointAt(t) and derivativeAt(t).
    @Override
    public void pointAt(double t, double[] out) {
        out[0] = from.z() + t * (to.z() - from.z());
        out[1] = from.r() + t * (to.r() - from.r());
    }

    @Override
    public void derivativeAt(double t, double[] out) {
        out[0] = to.z() - from.z();
        out[1] = to.r() - from.r();
    }

    @Override
    public double length() {
        return from.distance(to);
    }

    @Override
    public double minCurvatureRadius() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public double curvatureRadiusAt(double t) {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public Line reversed() {
        return new Line(to, from);
    }

    /** True when both ends lie on the axis r = 0 (within {@code tol} metres). */
    public boolean onAxis(double tol) {
        return Math.abs(from.r()) <= tol && Math.abs(to.r()) <= tol;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "line %s -> %s", from, to);
    }
}
