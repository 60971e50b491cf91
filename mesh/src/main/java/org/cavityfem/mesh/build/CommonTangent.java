package org.cavityfem.mesh.build;

import java.util.Locale;

/**
 * The straight wall of an elliptical half-cell: the line tangent to the iris ellipse and the
 * equator ellipse with the iris ellipse on its left (seen from the iris towards the equator) and
 * the equator ellipse on its right.
 *
 * <p>With the direction u = (cos α, sin α) of the wall (α from +z) and its left normal
 * n = (−sin α, cos α), an ellipse of centre c and semi-axes (p, q) spans n·x ∈ [n·c − s, n·c + s],
 * s = √(p² sin²α + q² cos²α). The line touches the iris ellipse from the right and the equator
 * ellipse from the left exactly when the gap between them along n vanishes:
 *
 * <pre>  F(α) = n·(c_iris − c_equator) − s_iris − s_equator = L sin α + (Ri + b − Req + B) cos α − s_iris − s_equator = 0.</pre>
 *
 * F(0) = Ri − Req &lt; 0 always; F is positive exactly for the directions of lines that separate the
 * two ellipses, an interval whose lower end is the wall (its upper end is the other inner tangent,
 * which runs from the top of the iris ellipse down to the bottom of the equator ellipse). The
 * lower end is bracketed by sampling F on a fine grid and then bisected to rounding.
 *
 * @param directionAngle α, direction of the wall from +z (rad), in (0, π)
 * @param irisAngle parametric angle of the tangent point on the iris ellipse (rad), in (−π/2, π/2)
 * @param equatorAngle parametric angle of the tangent point on the equator ellipse (rad), in (π/2, 3π/2)
 */
public record CommonTangent(double directionAngle, double irisAngle, double equatorAngle) {

    /** Samples of F over (0, π) that bracket the root. */
    private static final int SAMPLES = 4096;

    /**
     * Finds the wall of a half-cell.
     *
     * @throws HalfCellException when the ellipses overlap (no tangent) or the wall it gives
     *     folds back across the iris or equator plane
     */
    public static CommonTangent of(EllipticalHalfCell cell) {
        double previous = 0;
        double bracketLow = Double.NaN;
        double bracketHigh = Double.NaN;
        int bestSample = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 1; k < SAMPLES; k++) {
            double alpha = Math.PI * k / SAMPLES;
            double f = gap(cell, alpha);
            if (f > best) {
                best = f;
                bestSample = k;
            }
            if (f > 0) {
                bracketLow = previous;
                bracketHigh = alpha;
                break;
            }
            previous = alpha;
        }
        if (Double.isNaN(bracketLow)) {
            // A separating window narrower than the grid would sit next to the largest sample.
            double lo = Math.PI * (bestSample - 1) / SAMPLES;
            double hi = Math.PI * (bestSample + 1) / SAMPLES;
            double peak = maximise(cell, lo, hi);
            if (!(gap(cell, peak) > 0)) {
                throw noTangent(cell);
            }
            bracketLow = lo;
            bracketHigh = peak;
        }
        double alpha = bisect(cell, bracketLow, bracketHigh);
        CommonTangent t = at(cell, alpha);
        t.checkWall(cell);
        return t;
    }

    /** F(α) (m): the signed gap between the ellipses along the left normal of direction α. */
    static double gap(EllipticalHalfCell c, double alpha) {
        double s = Math.sin(alpha);
        double co = Math.cos(alpha);
        double rise = c.irisRadius() + c.irisSemiAxisR() - c.equatorRadius() + c.equatorSemiAxisR();
        double sIris = Math.hypot(c.irisSemiAxisZ() * s, c.irisSemiAxisR() * co);
        double sEquator = Math.hypot(c.equatorSemiAxisZ() * s, c.equatorSemiAxisR() * co);
        return c.length() * s + rise * co - sIris - sEquator;
    }

    private static double bisect(EllipticalHalfCell cell, double lo, double hi) {
        // gap(lo) <= 0 < gap(hi); halve until the bracket stops shrinking.
        for (int iter = 0; iter < 200; iter++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (gap(cell, mid) > 0) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static double maximise(EllipticalHalfCell cell, double lo, double hi) {
        double g = (Math.sqrt(5) - 1) / 2;
        for (int iter = 0; iter < 100; iter++) {
            double a = hi - g * (hi - lo);
            double b = lo + g * (hi - lo);
            if (gap(cell, a) > gap(cell, b)) {
                hi = b;
            } else {
                lo = a;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** The tangent points of direction α: the extreme points of each ellipse along its normal. */
    private static CommonTangent at(EllipticalHalfCell c, double alpha) {
        double s = Math.sin(alpha);
        double co = Math.cos(alpha);
        // Iris: the point of smallest n·x, (a cos θ, b sin θ) ∝ −(a² n_z, b² n_r) = (a² sin α, −b² cos α).
        double irisAngle = Math.atan2(-c.irisSemiAxisR() * co, c.irisSemiAxisZ() * s);
        // Equator: the point of largest n·x, (A cos φ, B sin φ) ∝ (A² n_z, B² n_r) = (−A² sin α, B² cos α).
        double equatorAngle = Math.atan2(c.equatorSemiAxisR() * co, -c.equatorSemiAxisZ() * s);
        if (equatorAngle < 0) {
            equatorAngle += 2 * Math.PI;
        }
        return new CommonTangent(alpha, irisAngle, equatorAngle);
    }

    /** Wall angle (degrees): the angle between wall and axis on the equator side, 180° − α. */
    public double wallAngleDeg() {
        return 180 - Math.toDegrees(directionAngle);
    }

    private void checkWall(EllipticalHalfCell c) {
        double irisZ = c.irisSemiAxisZ() * Math.cos(irisAngle);
        double irisR = c.irisRadius() + c.irisSemiAxisR() * (1 + Math.sin(irisAngle));
        double equatorZ = c.length() + c.equatorSemiAxisZ() * Math.cos(equatorAngle);
        double equatorR = c.equatorRadius() - c.equatorSemiAxisR() * (1 - Math.sin(equatorAngle));
        double along = (equatorZ - irisZ) * Math.cos(directionAngle) + (equatorR - irisR) * Math.sin(directionAngle);
        if (!(along > 1e-9 * c.equatorRadius())) {
            throw new HalfCellException("L", String.format(Locale.ROOT,
                    "elliptical half-cell: the iris and equator ellipses touch, leaving no straight wall between "
                            + "them (%s); shorten a, b, A or B or lengthen L", describe(c)));
        }
        double lowestEquatorZ = equatorAngle > Math.PI ? c.length() - c.equatorSemiAxisZ() : equatorZ;
        if (!(lowestEquatorZ > 0)) {
            throw new HalfCellException("A", String.format(Locale.ROOT,
                    "elliptical half-cell: the re-entrant equator arc reaches z = L − A = %s, beyond the iris "
                            + "plane (wall angle %.4g°; %s); shorten A or lengthen L",
                    EllipticalHalfCell.mm(lowestEquatorZ), wallAngleDeg(), describe(c)));
        }
        double farthestIrisZ = irisAngle > 0 ? c.irisSemiAxisZ() : irisZ;
        if (!(farthestIrisZ < c.length())) {
            throw new HalfCellException("a", String.format(Locale.ROOT,
                    "elliptical half-cell: the iris arc reaches z = %s, beyond the equator plane L = %s (%s); "
                            + "shorten a or lengthen L",
                    EllipticalHalfCell.mm(farthestIrisZ), EllipticalHalfCell.mm(c.length()), describe(c)));
        }
    }

    private static HalfCellException noTangent(EllipticalHalfCell c) {
        return new HalfCellException("L", String.format(Locale.ROOT,
                "elliptical half-cell: no straight wall can be tangent to both ellipses because the iris ellipse "
                        + "(a = %s, b = %s, centre r = Ri + b = %s) and the equator ellipse (A = %s, B = %s, "
                        + "centre z = L = %s, r = Req − B = %s) overlap; make the ellipses smaller or lengthen L (%s)",
                EllipticalHalfCell.mm(c.irisSemiAxisZ()), EllipticalHalfCell.mm(c.irisSemiAxisR()),
                EllipticalHalfCell.mm(c.irisRadius() + c.irisSemiAxisR()), EllipticalHalfCell.mm(c.equatorSemiAxisZ()),
                EllipticalHalfCell.mm(c.equatorSemiAxisR()), EllipticalHalfCell.mm(c.length()),
                EllipticalHalfCell.mm(c.equatorRadius() - c.equatorSemiAxisR()), describe(c)));
    }

    static String describe(EllipticalHalfCell c) {
        return String.format(Locale.ROOT, "Req = %s, Ri = %s, A = %s, B = %s, a = %s, b = %s, L = %s",
                EllipticalHalfCell.mm(c.equatorRadius()), EllipticalHalfCell.mm(c.irisRadius()),
                EllipticalHalfCell.mm(c.equatorSemiAxisZ()), EllipticalHalfCell.mm(c.equatorSemiAxisR()),
                EllipticalHalfCell.mm(c.irisSemiAxisZ()), EllipticalHalfCell.mm(c.irisSemiAxisR()),
                EllipticalHalfCell.mm(c.length()));
    }
}
