package org.cavityfem.mesh.build;

import java.util.Locale;
import org.cavityfem.mesh.geometry.EllipticArc;
import org.cavityfem.mesh.geometry.Line;
import org.cavityfem.mesh.geometry.Point;

/**
 * The standard seven-parameter elliptical half-cell. In its own frame the iris plane is z = 0 and
 * the equator plane z = L; the wall runs from the iris (0, Ri) along the iris ellipse (centre
 * (0, Ri + b), semi-axes a along z, b along r), then along the straight segment tangent to both
 * ellipses, then along the equator ellipse (centre (L, Req − B), semi-axes A, B) to the equator
 * (L, Req).
 *
 * <p>The common tangent is the straight line that has the iris ellipse on one side and the equator
 * ellipse on the other and touches both; {@link CommonTangent} finds its direction to rounding.
 * Only the iris ellipse's arc below the tangent point is wall, so the ellipse may reach above the
 * equator (Ri + 2b ≥ Req, as in low-β cells with thick irises); the wall actually built is what
 * {@link CommonTangent} checks.
 *
 * @param equatorRadius Req, radius at the equator (m)
 * @param irisRadius Ri, aperture radius at the iris (m)
 * @param equatorSemiAxisZ A, semi-axis of the equator ellipse along z (m)
 * @param equatorSemiAxisR B, semi-axis of the equator ellipse along r (m)
 * @param irisSemiAxisZ a, semi-axis of the iris ellipse along z (m)
 * @param irisSemiAxisR b, semi-axis of the iris ellipse along r (m)
 * @param length L, iris plane to equator plane (m)
 */
public record EllipticalHalfCell(double equatorRadius, double irisRadius, double equatorSemiAxisZ,
        double equatorSemiAxisR, double irisSemiAxisZ, double irisSemiAxisR, double length) {

    /** Parameter names as cavity designers write them, in record order. */
    public static final String[] PARAMETER_NAMES = {"Req", "Ri", "A", "B", "a", "b", "L"};

    public EllipticalHalfCell {
        double[] values = {equatorRadius, irisRadius, equatorSemiAxisZ, equatorSemiAxisR, irisSemiAxisZ,
            irisSemiAxisR, length};
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0) || Double.isInfinite(values[i])) {
                throw new HalfCellException(PARAMETER_NAMES[i], String.format(Locale.ROOT,
                        "elliptical half-cell: %s must be a positive length, got %s m", PARAMETER_NAMES[i], values[i]));
            }
        }
        if (!(irisRadius < equatorRadius)) {
            throw new HalfCellException("Ri", String.format(Locale.ROOT,
                    "elliptical half-cell: the iris radius Ri = %s must be smaller than the equator radius Req = %s",
                    mm(irisRadius), mm(equatorRadius)));
        }
    }

    /** Centre of the iris ellipse in the half-cell frame (m). */
    public Point irisCenter() {
        return new Point(0, irisRadius + irisSemiAxisR);
    }

    /** Centre of the equator ellipse in the half-cell frame (m). */
    public Point equatorCenter() {
        return new Point(length, equatorRadius - equatorSemiAxisR);
    }

    /**
     * The wall of the half-cell in its own frame, iris to equator.
     *
     * @throws HalfCellException when no common tangent exists or the wall folds back on itself
     */
    public Profile profile() {
        CommonTangent tangent = CommonTangent.of(this);
        Point irisCentre = irisCenter();
        Point equatorCentre = equatorCenter();
        EllipticArc iris = new EllipticArc(irisCentre, irisSemiAxisZ, irisSemiAxisR, -Math.PI / 2,
                tangent.irisAngle() + Math.PI / 2);
        EllipticArc equator = new EllipticArc(equatorCentre, equatorSemiAxisZ, equatorSemiAxisR,
                tangent.equatorAngle(), Math.PI / 2 - tangent.equatorAngle());
        Line wall = new Line(iris.end(), equator.start());
        return new Profile(iris, wall, equator, tangent.wallAngleDeg());
    }

    /** Wall angle (degrees): see {@link Profile#wallAngleDeg()}. */
    public double wallAngleDeg() {
        return profile().wallAngleDeg();
    }

    /** Value of a parameter by its name ({@link #PARAMETER_NAMES}), in metres. */
    public double parameter(String name) {
        return switch (name) {
            case "Req" -> equatorRadius;
            case "Ri" -> irisRadius;
            case "A" -> equatorSemiAxisZ;
            case "B" -> equatorSemiAxisR;
            case "a" -> irisSemiAxisZ;
            case "b" -> irisSemiAxisR;
            case "L" -> length;
            default -> throw new IllegalArgumentException("no half-cell parameter named \"" + name + "\"");
        };
    }

    /** A copy with one parameter ({@link #PARAMETER_NAMES}) set to {@code value} (m). */
    public EllipticalHalfCell with(String name, double value) {
        double[] v = {equatorRadius, irisRadius, equatorSemiAxisZ, equatorSemiAxisR, irisSemiAxisZ, irisSemiAxisR,
            length};
        int i = java.util.Arrays.asList(PARAMETER_NAMES).indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no half-cell parameter named \"" + name + "\"");
        }
        v[i] = value;
        return new EllipticalHalfCell(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }

    static String mm(double metres) {
        return new java.math.BigDecimal(metres * 1e3).round(new java.math.MathContext(6)).stripTrailingZeros()
                .toPlainString() + " mm";
    }

    /**
     * The three wall pieces of a half-cell in its own frame.
     *
     * @param iris iris ellipse arc from (0, Ri) to the tangent point
     * @param wall straight segment tangent to both ellipses
     * @param equator equator ellipse arc from the tangent point to (L, Req)
     * @param wallAngleDeg angle between the straight segment and the axis, measured on the equator
     *     side (degrees): 90° for a vertical wall, above 90° for the usual shape whose wall leans
     *     towards the iris, below 90° for a re-entrant cell
     */
    public record Profile(EllipticArc iris, Line wall, EllipticArc equator, double wallAngleDeg) {
    }
}
