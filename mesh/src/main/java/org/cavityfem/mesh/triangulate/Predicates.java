package org.cavityfem.mesh.triangulate;

import java.math.BigDecimal;

/**
 * Orientation and in-circle tests whose sign is always exact: a floating-point evaluation is
 * trusted when it clears a forward error bound, otherwise the determinant is recomputed exactly
 * with {@link BigDecimal} (a product or difference of doubles is exact there).
 *
 * <p>Exact signs keep the triangulation consistent for the many co-circular and collinear points
 * that cavity walls produce (vertices equally spaced on an arc, on a line, or on a lattice). The
 * error-bound constants are those derived by J. R. Shewchuk, "Adaptive precision floating-point
 * arithmetic and fast robust geometric predicates", Discrete Comput. Geom. 18 (1997) 305-363.
 */
final class Predicates {

    /** (3 + 16ε) ε with ε = 2^-53: bound on the rounding error of the 2x2 orientation determinant. */
    private static final double ORIENT_BOUND = 3.3306690738754716e-16;
    /** (10 + 96ε) ε: bound on the rounding error of the in-circle determinant. */
    private static final double INCIRCLE_BOUND = 1.1102230246251577e-15;

    private Predicates() {
    }

    /**
     * Positive when (a, b, c) turn counter-clockwise, negative when clockwise, zero when collinear;
     * the magnitude is twice the triangle area only when the fast path was taken.
     */
    static double orient(double ax, double ay, double bx, double by, double cx, double cy) {
        double left = (ax - cx) * (by - cy);
        double right = (ay - cy) * (bx - cx);
        double det = left - right;
        double bound = ORIENT_BOUND * (Math.abs(left) + Math.abs(right));
        if (det > bound || -det > bound) {
            return det;
        }
        // Points on a wall parallel to an axis: a zero difference makes a product exactly zero.
        if ((ax == cx || by == cy) && (ay == cy || bx == cx)) {
            return 0;
        }
        return exactOrient(ax, ay, bx, by, cx, cy);
    }

    /**
     * Positive when d lies strictly inside the circle through the counter-clockwise triangle
     * (a, b, c), negative outside, zero on it.
     */
    static double inCircle(double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy) {
        return inCircle(ax, ay, bx, by, cx, cy, dx, dy, true);
    }

    /**
     * The in-circle determinant's sign when floating point is sure of it; otherwise the exact sign
     * when {@code exact}, and 0 (on the circle) when not.
     */
    static double inCircle(double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy,
            boolean exact) {
        double adx = ax - dx;
        double ady = ay - dy;
        double bdx = bx - dx;
        double bdy = by - dy;
        double cdx = cx - dx;
        double cdy = cy - dy;
        double bc = bdx * cdy;
        double cb = cdx * bdy;
        double ca = cdx * ady;
        double ac = adx * cdy;
        double ab = adx * bdy;
        double ba = bdx * ady;
        double alift = adx * adx + ady * ady;
        double blift = bdx * bdx + bdy * bdy;
        double clift = cdx * cdx + cdy * cdy;
        double det = alift * (bc - cb) + blift * (ca - ac) + clift * (ab - ba);
        double permanent = (Math.abs(bc) + Math.abs(cb)) * alift + (Math.abs(ca) + Math.abs(ac)) * blift
                + (Math.abs(ab) + Math.abs(ba)) * clift;
        double bound = INCIRCLE_BOUND * permanent;
        if (det > bound || -det > bound) {
            return det;
        }
        return exact ? exactInCircle(ax, ay, bx, by, cx, cy, dx, dy) : 0;
    }

    private static double exactOrient(double ax, double ay, double bx, double by, double cx, double cy) {
        BigDecimal acx = diff(ax, cx);
        BigDecimal acy = diff(ay, cy);
        BigDecimal bcx = diff(bx, cx);
        BigDecimal bcy = diff(by, cy);
        return acx.multiply(bcy).subtract(acy.multiply(bcx)).signum();
    }

    private static double exactInCircle(double ax, double ay, double bx, double by, double cx, double cy,
            double dx, double dy) {
        BigDecimal adx = diff(ax, dx);
        BigDecimal ady = diff(ay, dy);
        BigDecimal bdx = diff(bx, dx);
        BigDecimal bdy = diff(by, dy);
        BigDecimal cdx = diff(cx, dx);
        BigDecimal cdy = diff(cy, dy);
        BigDecimal alift = adx.multiply(adx).add(ady.multiply(ady));
        BigDecimal blift = bdx.multiply(bdx).add(bdy.multiply(bdy));
        BigDecimal clift = cdx.multiply(cdx).add(cdy.multiply(cdy));
        BigDecimal det = alift.multiply(bdx.multiply(cdy).subtract(cdx.multiply(bdy)))
                .add(blift.multiply(cdx.multiply(ady).subtract(adx.multiply(cdy))))
                .add(clift.multiply(adx.multiply(bdy).subtract(bdx.multiply(ady))));
        return det.signum();
    }

    private static BigDecimal diff(double a, double b) {
        return new BigDecimal(a).subtract(new BigDecimal(b));
    }
}
