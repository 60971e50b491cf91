package org.cavityfem.mesh.triangulate;

import java.util.ArrayList;
import java.util.List;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.Line;
import org.cavityfem.mesh.geometry.Point;
import org.cavityfem.mesh.geometry.Segment;

/**
 * Joints of the contour where H_phi is not smooth, each with the exponent λ of its leading singular
 * term ρ^λ (ρ = distance to the joint). On a mesh of size h the eigenvalue error near such a joint
 * falls like h^{2λ} instead of h^{2p}.
 *
 * <p>Near a joint of interior angle ω (measured inside the domain), H_phi solves a Laplace-type
 * equation with, on each side, a natural condition (metal wall, electric plane) or H = 0 (axis,
 * magnetic plane). The corner functions are ρ^λ with λ = kπ/ω when both sides carry the same
 * condition and λ = (k + ½)π/ω when they differ (Grisvard, Elliptic Problems in Nonsmooth Domains,
 * §4.4; Dauge, LNM 1341). A non-integer first λ is singular: a re-entrant metal corner (ω = 3π/2)
 * gives ρ^{2/3}, an obtuse one ρ^{π/ω}. An integer λ is regular when the field extends smoothly by
 * reflection:
 * <ul>
 *   <li>a wall meeting a symmetry plane or the axis at 90°: the plane is a mirror of the whole field
 *       (the axis a rotation axis, where the wall is a smooth pole of the 3-D surface), so the wall
 *       and its mirror image form one smooth curve — the sphere's poles, a pillbox's wall on the
 *       axis, a cell's equator plane;</li>
 *   <li>two straight walls at 90° (a pillbox's outer corner): even reflection across either wall is
 *       again a solution, so the corner is an interior point of the reflected field.</li>
 * </ul>
 * A tangent-continuous joint (ω = π) is regular only when the curvature is continuous too; where it
 * jumps (a straight segment meeting an ellipse in an elliptical cell, two arcs of different radii)
 * the field has a ρ² log ρ term (Grisvard §5.2), which in eigenvalue terms counts as λ = 2. A curved
 * wall meeting another wall at an integer-λ angle other than π keeps ρ^λ log ρ terms and counts as
 * singular with that λ.
 *
 * <p>A joint within {@value #SMOOTH_TURN_DEG}° of an angle ω* whose first λ is an integer k counts as
 * the joint at ω*: a kink of a polyline standing for a smooth wall (an imported contour, a polygon of
 * many segments; ω* = π), a polygon meeting the axis at nearly 90°. There λ lies within a few per cent
 * of k, and ρ^λ differs from the harmonic polynomial ρ^k cos kθ by (λ − k) ρ^k ln ρ to first order:
 * the singular part carries a few per cent of the field's local gradient, not the whole of it.
 * Grading towards every such vertex multiplied the elements by the number of segments (a half disc as
 * a 1000-segment polygon took 44 000 elements at order 4 and h = R/10 instead of 4 300), for a
 * correction below the polygon's own distance from the curve it stands for.
 */
public final class SingularPoints {

    /** Relative tolerance under which two angles or exponents count as equal. */
    private static final double SAME = 1e-6;
    /** Turning angle (degrees) below which a kink between walls of the same condition is smooth. */
    static final double SMOOTH_TURN_DEG = 5;

    /**
     * A singular joint.
     *
     * @param segment index of the segment starting at the joint
     * @param z axial coordinate (m)
     * @param r radial coordinate (m)
     * @param interiorAngle interior angle ω (rad)
     * @param exponent exponent λ of the leading singular term ρ^λ
     */
    public record Joint(int segment, double z, double r, double interiorAngle, double exponent) {
    }

    private SingularPoints() {
    }

    /** The singular joints of a contour, in contour order. */
    public static List<Joint> of(Contour contour) {
        int n = contour.size();
        List<Joint> joints = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            int before = (s + n - 1) % n;
            Segment in = contour.segment(before).shape();
            Segment out = contour.segment(s).shape();
            BoundaryKind inKind = contour.segment(before).kind();
            BoundaryKind outKind = contour.segment(s).kind();
            double omega = interiorAngle(in.derivativeAt(1), out.derivativeAt(0));
            double exponent = exponent(omega, inKind, outKind, in, out);
            if (Double.isFinite(exponent)) {
                Point p = out.start();
                joints.add(new Joint(s, p.z(), p.r(), omega, exponent));
            }
        }
        return joints;
    }

    /** Exponent of the leading singular term, or infinity for a regular joint. */
    private static double exponent(double omega, BoundaryKind inKind, BoundaryKind outKind, Segment in, Segment out) {
        boolean mixed = isDirichlet(inKind) != isDirichlet(outKind);
        double factor = mixed ? 0.5 : 1.0;
        double first = factor * Math.PI / omega;
        boolean integer = Math.abs(first - Math.rint(first)) < SAME * first;
        long k = Math.round(first);
        if (!integer && k >= 1 && Math.abs(omega - factor * Math.PI / k) < Math.toRadians(SMOOTH_TURN_DEG)) {
            // Within a few degrees of an angle with an integer λ: as singular as the joint at that angle.
            return exponent(factor * Math.PI / k, inKind, outKind, in, out);
        }
        if (!integer) {
            return first;
        }
        boolean straight = in instanceof Line && out instanceof Line;
        if (Math.abs(omega - Math.PI) < SAME * Math.PI) {
            double jump = Math.abs(signedCurvature(in, 1) - signedCurvature(out, 0));
            double scale = Math.abs(signedCurvature(in, 1)) + Math.abs(signedCurvature(out, 0));
            return jump > SAME * scale ? 2 : Double.POSITIVE_INFINITY;
        }
        boolean mirror = inKind != BoundaryKind.METAL || outKind != BoundaryKind.METAL;
        if (straight || (mirror && Math.abs(omega - Math.PI / 2) < SAME * Math.PI)) {
            return Double.POSITIVE_INFINITY;
        }
        return first;
    }

    /** H = 0 is imposed on the axis and on magnetic planes; metal and electric planes are natural. */
    private static boolean isDirichlet(BoundaryKind kind) {
        return kind == BoundaryKind.AXIS || kind == BoundaryKind.MAGNETIC;
    }

    /** Interior angle from the outgoing tangent counter-clockwise to the reversed incoming one (rad). */
    static double interiorAngle(Point in, Point out) {
        double angle = Math.atan2(-(out.z() * in.r() - out.r() * in.z()), -(out.z() * in.z() + out.r() * in.r()));
        return angle < 0 ? angle + 2 * Math.PI : angle;
    }

    /** Curvature at t, positive when the wall turns left (towards the domain) (1/m). */
    private static double signedCurvature(Segment shape, double t) {
        double radius = shape.curvatureRadiusAt(t);
        if (!(radius < Double.POSITIVE_INFINITY)) {
            return 0;
        }
        double dt = t < 0.5 ? 1e-4 : -1e-4;
        Point a = shape.derivativeAt(t);
        Point b = shape.derivativeAt(t + dt);
        double turn = (a.z() * b.r() - a.r() * b.z()) * Math.signum(dt);
        return Math.signum(turn) / radius;
    }
}
