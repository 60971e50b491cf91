package org.cavityfem.analysis.merit;

import org.cavityfem.analysis.field.FieldSample;
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
 */
final class FaradayCurrent {

    /** Step of the differences in reference coordinates, times the direction's length. */
    private static final double STEP = 1e-3;

    /** Fraction of the way to the centroid the derivatives are taken at. */
    private static final double INSET = 1e-4;

    private final ModeField field;
    private final double omegaMu;
    private final ReferencePoints points;

    FaradayCurrent(ModeField field) {
        this.field = field;
        this.points = field.points();
        this.omegaMu = field.angularFrequency() * PhysicalConstants.MU_0;
    }

    /** K_F at parameter u of a wall edge (A/m). */
    double at(WallEdge edge, double u) {
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
        // Both differences start at p: its field is evaluated once (nine evaluations, not ten). The
        // points depend on the edge and u alone, so their geometry is kept for the other modes.
        FieldSample atP = field.inElement(points, element, p[0], p[1]);
        double[] g1 = directional(element, p, d1, atP);
        double[] g2 = directional(element, p, d2, atP);
        // g = {dE_r, dE_z} along d; solve d_ξ f_ξ + d_η f_η = g for each component.
        double det = d1[0] * d2[1] - d1[1] * d2[0];
        double erXi = (g1[0] * d2[1] - g2[0] * d1[1]) / det;
        double erEta = (d1[0] * g2[0] - d2[0] * g1[0]) / det;
        double ezXi = (g1[1] * d2[1] - g2[1] * d1[1]) / det;
        double ezEta = (d1[0] * g2[1] - d2[0] * g1[1]) / det;
        MapPoint x = points.map(element, p[0], p[1]);
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

    /** {dE_r/dt, dE_z/dt} along p + t d at t = 0, one-sided fourth-order difference. */
    private double[] directional(int element, double[] p, double[] d, FieldSample atP) {
        double[] coefficients = {-25, 48, -36, 16, -3};
        double er = 0;
        double ez = 0;
        for (int k = 0; k < coefficients.length; k++) {
            double t = k * STEP;
            FieldSample s = k == 0 ? atP : field.inElement(points, element, p[0] + t * d[0], p[1] + t * d[1]);
            er += coefficients[k] * s.radialElectricField();
            ez += coefficients[k] * s.axialElectricField();
        }
        return new double[] {er / (12 * STEP), ez / (12 * STEP)};
    }
}
