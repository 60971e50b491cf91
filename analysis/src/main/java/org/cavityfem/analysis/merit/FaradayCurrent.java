package org.cavityfem.analysis.merit;

import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.analysis.field.ReferencePoints;
import org.cavityfem.analysis.wall.WallEdge;
import org.cavityfem.fem.MapPoint;
import org.cavityfem.units.PhysicalConstants;

/**
 * The surface current implied by the electric field through Faraday's law,
 * K_F = H_F = (1/(ω μ0)) (∂E_r/∂z − ∂E_z/∂r), at points of the wall. E is the field derived from
 * the discrete H_phi (Ampère's law), so K_F equals the trace H_phi exactly only where the discrete
 * field satisfies the Helmholtz equation pointwise; the difference is the strong-form residual,
 * which is the discretisation error.
 *
 * <p>The derivatives of E are taken inside the element that owns the wall edge, by one-sided
 * fourth-order differences along two directions that stay in the element (along the edge and
 * towards the opposite vertex), then mapped to (z, r) through the exact element map.
 *
 * <p>The nine points of a wall point's differences depend on the mesh alone: {@link #stencil} evaluates
 * their geometry once, and {@link #at(Stencil)} sums each mode's nodal values there.
 */
final class FaradayCurrent {

    /** Step of the differences in reference coordinates, times the direction's length. */
    private static final double STEP = 1e-3;

    /** Fraction of the way to the centroid the derivatives are taken at. */
    private static final double INSET = 1e-4;

    /** One-sided fourth-order difference weights, times 12 STEP. */
    private static final double[] COEFFICIENTS = {-25, 48, -36, 16, -3};

    private final ModeField field;
    private final double omegaMu;
    /** E_r, E_z at one point (and scratch), reused: one instance serves one thread. */
    private final double[] electric = new double[3];
    /** The last {@link #directional} derivative. */
    private final double[] gradient = new double[2];

    FaradayCurrent(ModeField field) {
        this.field = field;
        this.omegaMu = field.angularFrequency() * PhysicalConstants.MU_0;
    }

    /**
     * The geometry of the differences at one wall point of a mesh: the point p a little inside the
     * element, the points p + k STEP d1 and p + k STEP d2 (k = 1..4), and the two directions.
     *
     * @param points p at [0], the steps along d1 at [k] and along d2 at [4 + k]
     */
    record Stencil(ReferencePoints.Point[] points, double[] d1, double[] d2, double det) {
    }

    /** The stencil of K_F at parameter u of a wall edge, its geometry from {@code points}' mesh. */
    static Stencil stencil(ReferencePoints points, WallEdge edge, double u) {
        int element = edge.element();
        double[] onEdge = edge.referenceCoordinates(u);
        // A little inside the element: on its edges the curved map's blend has a zero weight but not
        // a zero derivative, and next to the vertices of a curved edge its blending divides by a
        // vanishing bubble (cancellation); so derivatives are taken where every barycentric
        // coordinate is at least INSET/3. The shift moves the point by about 1e-4 of the element size.
        double[] p = {onEdge[0] + INSET * (1.0 / 3 - onEdge[0]), onEdge[1] + INSET * (1.0 / 3 - onEdge[1])};
        // Direction 1 along the edge, towards its farther end; direction 2 towards the opposite vertex.
        double[] a = edge.referenceCoordinates(0);
        double[] b = edge.referenceCoordinates(1);
        double[] far = u < 0.5 ? b : a;
        double[] d1 = {far[0] - p[0], far[1] - p[1]};
        double[] c = oppositeVertex(a, b);
        double[] d2 = {c[0] - p[0], c[1] - p[1]};
        // Both differences start at p: its field is evaluated once (nine points, not ten).
        ReferencePoints.Point[] at = new ReferencePoints.Point[1 + 2 * (COEFFICIENTS.length - 1)];
        at[0] = points.evaluate(element, p[0], p[1]);
        for (int k = 1; k < COEFFICIENTS.length; k++) {
            double t = k * STEP;
            at[k] = points.evaluate(element, p[0] + t * d1[0], p[1] + t * d1[1]);
            at[COEFFICIENTS.length - 1 + k] = points.evaluate(element, p[0] + t * d2[0], p[1] + t * d2[1]);
        }
        double det = d1[0] * d2[1] - d1[1] * d2[0];
        return new Stencil(at, d1, d2, det);
    }

    /** K_F at a wall point of this field's mesh (A/m), from the point's stencil. */
    double at(Stencil s) {
        ReferencePoints.Point[] points = s.points();
        field.electricField(points[0], electric);
        double erP = electric[0];
        double ezP = electric[1];
        directional(points, 0, erP, ezP);
        double g1r = gradient[0];
        double g1z = gradient[1];
        directional(points, COEFFICIENTS.length - 1, erP, ezP);
        double g2r = gradient[0];
        double g2z = gradient[1];
        double[] d1 = s.d1();
        double[] d2 = s.d2();
        double det = s.det();
        // g = {dE_r, dE_z} along d; solve d_ξ f_ξ + d_η f_η = g for each component.
        double erXi = (g1r * d2[1] - g2r * d1[1]) / det;
        double erEta = (d1[0] * g2r - d2[0] * g1r) / det;
        double ezXi = (g1z * d2[1] - g2z * d1[1]) / det;
        double ezEta = (d1[0] * g2z - d2[0] * g1z) / det;
        MapPoint x = points[0].map();
        double erZ = x.dz(erXi, erEta);
        double ezR = x.dr(ezXi, ezEta);
        return (erZ - ezR) / omegaMu;
    }

    private static double[] oppositeVertex(double[] a, double[] b) {
        double[][] vertices = {{0, 0}, {1, 0}, {0, 1}};
        for (double[] v : vertices) {
            if (!(same(v, a) || same(v, b))) {
                return v;
            }
        }
        throw new IllegalStateException("edge end points are not two vertices");
    }

    private static boolean same(double[] x, double[] y) {
        return x[0] == y[0] && x[1] == y[1];
    }

    /**
     * {dE_r/dt, dE_z/dt} along p + t d at t = 0 into {@link #gradient}, one-sided fourth-order
     * difference, the steps at {@code points[from + k]}, k = 1..4.
     */
    private void directional(ReferencePoints.Point[] points, int from, double erP, double ezP) {
        double er = 0;
        double ez = 0;
        for (int k = 0; k < COEFFICIENTS.length; k++) {
            if (k == 0) {
                er += COEFFICIENTS[k] * erP;
                ez += COEFFICIENTS[k] * ezP;
            } else {
                field.electricField(points[from + k], electric);
                er += COEFFICIENTS[k] * electric[0];
                ez += COEFFICIENTS[k] * electric[1];
            }
        }
        gradient[0] = er / (12 * STEP);
        gradient[1] = ez / (12 * STEP);
    }
}
