package org.cavityfem.mesh.triangulate;

import java.util.Arrays;
import java.util.List;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.ContourSegment;

/**
 * Geometric grading towards the singular joints of a contour ({@link SingularPoints}): around a joint
 * the size is h(ρ) = h_joint + κ·ρ (ρ = distance to the joint, κ = {@value #SLOPE}), so each layer of
 * elements is about twice the size of the one inside it and the number of layers grows only like
 * log(h_wall / h_joint).
 *
 * <p>Choice of h_joint: with order-p elements the bulk eigenvalue error goes like (h/ℓ)^{2p}, while
 * the elements touching a joint of exponent λ contribute about (h_joint/ℓ)^{2λ} (the energy of ρ^λ
 * in a disc of radius h_joint). Balancing the two gives h_joint = h_wall · (h_wall/ℓ)^{p/λ − 1}, with
 * h_wall the size the wall asks for at the joint and ℓ the field's length scale, taken as the
 * contour's largest radius (the TM010 wavelength over 2π is about 0.4 of it). Joints with λ ≥ p need
 * nothing. h_joint is kept above {@value #SMALLEST_RATIO} h_wall: below that the innermost elements
 * are smaller than the rounding of the coordinates warrants.
 *
 * <p>What this buys: the elements away from the joint see a field whose derivatives grow like
 * ρ^{λ−k}, and with sizes proportional to ρ each layer carries about the same error, κ^{2p−2λ}
 * h_wall^{2λ}; the asymptotic rate stays 2λ, but its constant drops by orders of magnitude, below
 * the ~1e-13 rounding floor of the eigenvalue for λ = 2 (curvature jumps) at the orders used. An
 * algebraic grading h_wall·(ρ/R)^{1−λ/p} over a disc of fixed radius R would restore h^{2p}
 * asymptotically, but costs about p/λ times the elements of that disc and was measured less
 * accurate per unknown on the TESLA cell between 1e-8 and 1e-12.
 *
 * <p>For a requested accuracy ε (a refinement loop's target, {@code MeshSettings.gradingAccuracy})
 * the joint is balanced against ε instead of the bulk: at order 7 the bulk's (h_wall/ℓ)^{2p} is far
 * below any target a loop is given, and grading for it costs elements the target does not need (the
 * TESLA mid-cell at order 7: 494 triangles graded for the bulk, 153 without grading, with every
 * figure's estimate at or below 1e-8 either way). The same model, (h_joint/ℓ)^{2λ} = ε, gives
 * h_joint = h_wall · (h_wall/ℓ)^{q/λ − 1} with q = ln ε / (2 ln(h_wall/ℓ)) the order whose bulk error
 * would be ε, taken when below p; joints with λ ≥ q need nothing. The eigenvalue's exponent 2λ is
 * used for the figures too: a joint's error reaches a figure taken away from it (a peak on the iris,
 * an integral along the axis) as pollution, which goes like the eigenvalue's. This applies to joints
 * of integer λ only (curvature jumps, with their small ρ^λ ln ρ terms); a corner of non-integer λ (a
 * beam-pipe entrance, ρ^{2/3}) keeps the order's grading, since its singular part is the field's
 * leading term there and its pollution reaches every figure.
 */
final class SingularGrading {

    /** Growth of the size with the distance from a joint. */
    static final double SLOPE = 1.0;
    /** Smallest h_joint / h_wall. */
    static final double SMALLEST_RATIO = 1e-6;

    private final double[] z;
    private final double[] r;
    private final double[] size;
    private final double[] wallSize;
    private final double[] angle;

    private SingularGrading(double[] z, double[] r, double[] size, double[] wallSize, double[] angle) {
        this.z = z;
        this.r = r;
        this.size = size;
        this.wallSize = wallSize;
        this.angle = angle;
    }

    /** No grading. */
    static SingularGrading none() {
        double[] empty = new double[0];
        return new SingularGrading(empty, empty, empty, empty, empty);
    }

    /** Sizes the wall asks for, as a function of (z, r) (m). */
    interface WallSize {
        double at(double z, double r);
    }

    /**
     * Grading towards every singular joint that limits order-p elements.
     *
     * @param order element order p
     * @param accuracy the relative accuracy to grade for, or NaN for the order's bulk error
     * @param wall the size field without grading
     */
    static SingularGrading of(Contour contour, int order, double accuracy, WallSize wall) {
        List<SingularPoints.Joint> joints = SingularPoints.of(contour);
        double scale = 0;
        for (ContourSegment s : contour.segments()) {
            scale = Math.max(scale, Math.max(s.shape().start().r(), s.shape().end().r()));
        }
        int n = 0;
        double[] z = new double[joints.size()];
        double[] r = new double[joints.size()];
        double[] size = new double[joints.size()];
        double[] wallSize = new double[joints.size()];
        double[] angle = new double[joints.size()];
        for (SingularPoints.Joint j : joints) {
            if (j.exponent() >= order) {
                continue;
            }
            double h = wall.at(j.z(), j.r());
            double q = order;
            if (!Double.isNaN(accuracy) && h < scale && isInteger(j.exponent())) {
                q = Math.min(order, Math.log(accuracy) / (2 * Math.log(h / scale)));
            }
            if (j.exponent() >= q) {
                continue;
            }
            double ratio = Math.pow(Math.min(1, h / scale), q / j.exponent() - 1);
            z[n] = j.z();
            r[n] = j.r();
            size[n] = h * Math.max(SMALLEST_RATIO, ratio);
            wallSize[n] = h;
            angle[n++] = j.interiorAngle();
        }
        return new SingularGrading(Arrays.copyOf(z, n), Arrays.copyOf(r, n),
                Arrays.copyOf(size, n), Arrays.copyOf(wallSize, n),
                Arrays.copyOf(angle, n));
    }

    /** Whether a joint's exponent is an integer: a curvature jump or a curved wall's corner, with ρ^λ ln ρ terms. */
    private static boolean isInteger(double exponent) {
        return Math.abs(exponent - Math.rint(exponent)) < 1e-9;
    }

    /** Graded size at (z, r), infinite with no joints (m). */
    double at(double pz, double pr) {
        double h = Double.POSITIVE_INFINITY;
        for (int i = 0; i < z.length; i++) {
            double dz = pz - z[i];
            double dr = pr - r[i];
            h = Math.min(h, size[i] + SLOPE * Math.sqrt(dz * dz + dr * dr));
        }
        return h;
    }

    /** Smallest size asked for at a joint, infinite with no joints (m). */
    double minSize() {
        double h = Double.POSITIVE_INFINITY;
        for (double s : size) {
            h = Math.min(h, s);
        }
        return h;
    }

    /**
     * Extra triangles the grading adds: ∫ dA / (a h²) over the sector of angle ω between h_joint and
     * the distance where the graded size reaches h_wall, ω/(a κ²) · ln(h_wall / h_joint) to leading
     * order.
     *
     * @param equilateralArea area of the unit equilateral triangle a
     */
    double expectedTriangles(double equilateralArea) {
        double total = 0;
        for (int i = 0; i < size.length; i++) {
            total += angle[i] / (equilateralArea * SLOPE * SLOPE) * Math.log(wallSize[i] / size[i]);
        }
        return total;
    }
}
