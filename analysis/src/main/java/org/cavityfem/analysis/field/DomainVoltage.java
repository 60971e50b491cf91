package org.cavityfem.analysis.field;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cavityfem.fem.ElementMap;
import org.cavityfem.fem.GaussLegendre;
import org.cavityfem.fem.LagrangeTriangle;
import org.cavityfem.fem.MapPoint;
import org.cavityfem.fem.TabulatedBasis;
import org.cavityfem.fem.TriangleQuadrature;
import org.cavityfem.mesh.BoundaryEdge;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.units.PhysicalConstants;

/**
 * On-axis integrals ∫_a^b E_z(0, z) e^{iκz} dz taken as integrals over the meridian domain of
 * H_phi and its first derivatives against a weight ψ = e^{iκz} G(z, r) with G = 1 on the axis
 * inside [a, b] (docs/design.md §2.7, "The voltage as a domain integral"):
 *
 * <pre>  ∫_axis E_z ψ dz = ∫∫_Ω (E_r ∂ψ/∂z − E_z ∂ψ/∂r + ω μ0 H_phi ψ) dz dr − ∮ ψ E·dl</pre>
 *
 * (Stokes' theorem for ψ E around the meridian boundary, run counter-clockwise, with Faraday's law
 * ∂E_r/∂z − ∂E_z/∂r = ω μ0 H_phi; the axis part of ∮ is the left side). On metal walls and
 * electric planes the tangential E vanishes, so they add nothing. G removes the rest:
 * <ul>
 * <li>a magnetic plane meeting the axis at right angles at z_c (the iris plane of a periodic cell)
 *     by the factor (z − z_c)²/((z − z_c)² + r²): 1 on the axis, 0 on the plane;</li>
 * <li>a window end a inside the axis, a zero of E_z (the stretches of ∫ |E_z| dz), by the factor
 *     c³, c = d²/(d² + r²) for d = z − a > 0 into the window and 0 outside: 1 on the axis inside,
 *     0 on the whole line z = a, so no line integral through the field is needed. The accuracy
 *     needs E to vanish at (a, 0), where ∇G ~ 1/ρ: true at a zero of E_z on the axis; a window
 *     ending where E_z does not vanish is integrated along the axis instead ({@link AxisProfile});</li>
 * <li>any other magnetic boundary keeps its line integral of ψ E·dl.</li>
 * </ul>
 * G is a function of the angle about each such corner point: an element with a corner point at a
 * vertex or on its axis edge is cut into triangles with a vertex there and integrated by rules
 * collapsed into it (smooth in their angular coordinate), and a straight element that the line
 * z = a crosses is cut along it; these pieces, and the elements within twice their size of a
 * corner point, take 2p + 12 Gauss points per direction, the others p + 4. The axial E_z itself,
 * the derivative of H on the axis, is never evaluated.
 */
final class DomainVoltage {

    private final ModeField field;
    private final Mesh mesh;
    private final double[] h;
    private final double omegaEpsilon;
    private final double omegaMu;
    private final double tolerance;
    private final DomainVoltageMesh kept;
    private final double[] planes;
    private final double[] breaks;
    private final double[] cuts;
    private final LagrangeTriangle basis;
    /** Scratch of one quadrature point (an instance integrates one field on one thread). */
    private final double[] interpolated = new double[3];
    private final double[] plane = new double[3];
    private final double[] windowWeight = new double[3];
    private final double[] factor = new double[3];

    private DomainVoltage(ModeField field, double[] breaks) {
        this.field = field;
        this.mesh = field.mesh();
        this.h = field.magneticFieldAtNodes();
        double omega = field.angularFrequency();
        this.omegaEpsilon = omega * PhysicalConstants.EPSILON_0;
        this.omegaMu = omega * PhysicalConstants.MU_0;
        // The mesh's planes, axis extent and element data, kept for every mode of the mesh.
        this.kept = field.points().voltageMesh();
        this.tolerance = kept.tolerance();
        this.planes = kept.planes();
        this.breaks = breaks.clone();
        List<Double> inside = new ArrayList<>();
        for (double b : breaks) {
            if (b > kept.axisFrom() + tolerance && b < kept.axisTo() - tolerance) {
                inside.add(b);
            }
        }
        this.cuts = inside.stream().mapToDouble(Double::doubleValue).toArray();
        this.basis = LagrangeTriangle.of(mesh.order());
    }

    /**
     * {re, im} of ∫ E_z(0, z) e^{iκz} dz over each window [b_i, b_{i+1}] of the axis (V), at the
     * field's amplitude.
     *
     * @param field the mode
     * @param kappa the phase's wave number κ (1/m): ω/(βc) for the voltage, 0 for ∫ E_z dz
     * @param breaks the window ends, ascending, at least two; ±∞ or ends beyond the axis for none,
     *     and zeros of E_z on the axis inside it
     * @return one {re, im} per window
     */
    static double[][] of(ModeField field, double kappa, double... breaks) {
        if (breaks.length < 2) {
            throw new IllegalArgumentException("need at least one window, got " + Arrays.toString(breaks));
        }
        return new DomainVoltage(field, breaks).integrate(kappa);
    }

    private double[][] integrate(double kappa) {
        int windows = breaks.length - 1;
        double[][] sum = new double[windows][2];
        // The integrand is a polynomial of degree p times the map, the phase and G: p + 4 Gauss
        // points per direction leave the quadrature error far below the discretisation's.
        int points = mesh.order() + 4;
        TabulatedBasis table = TabulatedBasis.shared(basis, TriangleQuadrature.collapsed(points, 0));
        MapPoint x = new MapPoint();
        int n = basis.size();
        double[] value = new double[n];
        double[] dXi = new double[n];
        double[] dEta = new double[n];
        TriangleQuadrature fine = kept.fine();
        for (int e = 0; e < mesh.elementCount(); e++) {
            ElementMap map = mesh.elementMap(e);
            double[] vz = kept.vertexZ(e);
            double[] vr = kept.vertexR(e);
            double size = kept.size(e);
            // The nearest plane corner is kept; the window ends of this integral come after it, as
            // the corner points list them.
            double nearest = kept.nearestPlane(e);
            double distance = kept.planeDistance(e);
            for (double zc : cuts) {
                for (int v = 0; v < 3; v++) {
                    double d = Math.hypot(vz[v] - zc, vr[v]);
                    if (d < distance) {
                        distance = d;
                        nearest = zc;
                    }
                }
            }
            List<double[]> pieces;
            if (touches(vz, vr, nearest)) {
                pieces = aboutCorner(vz, vr, nearest);
            } else {
                pieces = List.of(new double[] {0, 0, 1, 0, 0, 1, 1});
                if (!map.isCurved()) {
                    // A straight element is affine: the line z = a is straight in its reference
                    // coordinates, and cutting along it leaves the weight smooth in every piece.
                    for (double cut : cuts) {
                        if (cut > Math.min(vz[0], Math.min(vz[1], vz[2])) + tolerance
                                && cut < Math.max(vz[0], Math.max(vz[1], vz[2])) - tolerance) {
                            pieces = clip(map, pieces, cut);
                        }
                    }
                }
                if (pieces.size() == 1 && distance >= 2 * size) {
                    TriangleQuadrature rule = table.rule();
                    for (int q = 0; q < rule.size(); q++) {
                        map.evaluate(table, q, x);
                        add(e, table.value()[q], table.dXi()[q], table.dEta()[q], x, rule.weights()[q], kappa, sum);
                    }
                    continue;
                }
            }
            for (double[] t : pieces) {
                // t = {ξ0, η0, ξ1, η1, ξ2, η2, sign}: collapsed into its first point.
                double ax = t[2] - t[0];
                double ay = t[3] - t[1];
                double bx = t[4] - t[0];
                double by = t[5] - t[1];
                double area = t[6] * (ax * by - ay * bx);
                for (int q = 0; q < fine.size(); q++) {
                    double xi = t[0] + fine.xi()[q] * ax + fine.eta()[q] * bx;
                    double eta = t[1] + fine.xi()[q] * ay + fine.eta()[q] * by;
                    basis.evaluate(xi, eta, value, dXi, dEta);
                    map.evaluate(xi, eta, x);
                    add(e, value, dXi, dEta, x, fine.weights()[q] * area, kappa, sum);
                }
            }
        }
        otherMagneticBoundaries(kappa, sum);
        return sum;
    }

    /** True when P = (z_c, 0) is a vertex of the element or lies on one of its axis edges. */
    private boolean touches(double[] vz, double[] vr, double zc) {
        for (int v = 0; v < 3; v++) {
            int w = (v + 1) % 3;
            if (Math.hypot(vz[v] - zc, vr[v]) <= tolerance) {
                return true;
            }
            boolean axisEdge = Math.abs(vr[v]) <= tolerance && Math.abs(vr[w]) <= tolerance;
            if (axisEdge && zc > Math.min(vz[v], vz[w]) && zc < Math.max(vz[v], vz[w])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The element as signed triangles fanned from the corner point P = (z_c, 0): for each edge AB
     * the triangle PAB, counted with the sign of its orientation; P is a vertex or on an axis edge
     * of the element, so these are the element itself or its two halves. Each is integrated by the
     * rule collapsed into P, in whose coordinates G, a function of the angle about P, is smooth; at
     * a window end the triangle is also cut along the line z = z_c (a ray from P), where the
     * extension of G by zero is only five times differentiable. P is placed in reference
     * coordinates by the affine map of the vertices (P lies on a straight axis edge or is a vertex,
     * so this is exact for curved elements too).
     */
    private List<double[]> aboutCorner(double[] vz, double[] vr, double zc) {
        double z1 = vz[1] - vz[0];
        double z2 = vz[2] - vz[0];
        double r1 = vr[1] - vr[0];
        double r2 = vr[2] - vr[0];
        double det = z1 * r2 - z2 * r1;
        double pz = zc - vz[0];
        double pr = -vr[0];
        double[] p = {(pz * r2 - pr * z2) / det, (z1 * pr - r1 * pz) / det};
        // The ray z = z_c, r > 0 in reference coordinates: the direction of (0, 1).
        double[] up = {-z2 / det, z1 / det};
        boolean cut = false;
        for (double c : cuts) {
            cut |= Math.abs(c - zc) <= tolerance;
        }
        double[][] v = {{0, 0}, {1, 0}, {0, 1}};
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            double[] a = v[k];
            double[] b = v[(k + 1) % 3];
            double orientation = (a[0] - p[0]) * (b[1] - p[1]) - (a[1] - p[1]) * (b[0] - p[0]);
            if (Math.abs(orientation) <= 1e-14) {
                continue;
            }
            // Where the ray from P meets AB strictly inside, if it does: split there.
            double[] ab = {b[0] - a[0], b[1] - a[1]};
            double denominator = up[0] * ab[1] - up[1] * ab[0];
            if (cut && Math.abs(denominator) > 1e-14) {
                double[] ap = {a[0] - p[0], a[1] - p[1]};
                double t = (ap[0] * ab[1] - ap[1] * ab[0]) / denominator;
                double s = (ap[0] * up[1] - ap[1] * up[0]) / denominator;
                if (t > 0 && s > 1e-12 && s < 1 - 1e-12) {
                    double[] q = {a[0] + s * ab[0], a[1] + s * ab[1]};
                    out.add(new double[] {p[0], p[1], a[0], a[1], q[0], q[1], 1});
                    out.add(new double[] {p[0], p[1], q[0], q[1], b[0], b[1], 1});
                    continue;
                }
            }
            out.add(new double[] {p[0], p[1], a[0], a[1], b[0], b[1], 1});
        }
        return out;
    }

    /**
     * The reference triangles cut along z = a (the element is affine, so z is linear in ξ, η): each
     * side of the line is a convex polygon, fanned into triangles.
     */
    private List<double[]> clip(ElementMap map, List<double[]> triangles, double a) {
        List<double[]> out = new ArrayList<>();
        for (double[] t : triangles) {
            double[] phi = new double[3];
            for (int v = 0; v < 3; v++) {
                phi[v] = map.point(t[2 * v], t[2 * v + 1])[0] - a;
                if (Math.abs(phi[v]) <= tolerance) {
                    phi[v] = 0;
                }
            }
            for (int side : new int[] {1, -1}) {
                List<double[]> polygon = new ArrayList<>();
                for (int v = 0; v < 3; v++) {
                    int w = (v + 1) % 3;
                    if (side * phi[v] >= 0) {
                        polygon.add(new double[] {t[2 * v], t[2 * v + 1]});
                    }
                    if (phi[v] * phi[w] < 0) {
                        double s = phi[v] / (phi[v] - phi[w]);
                        polygon.add(new double[] {t[2 * v] + s * (t[2 * w] - t[2 * v]),
                            t[2 * v + 1] + s * (t[2 * w + 1] - t[2 * v + 1])});
                    }
                }
                for (int i = 1; i + 1 < polygon.size(); i++) {
                    double[] p0 = polygon.get(0);
                    double[] p1 = polygon.get(i);
                    double[] p2 = polygon.get(i + 1);
                    if (Math.abs((p1[0] - p0[0]) * (p2[1] - p0[1]) - (p1[1] - p0[1]) * (p2[0] - p0[0])) > 1e-14) {
                        out.add(new double[] {p0[0], p0[1], p1[0], p1[1], p2[0], p2[1],
                            Math.signum((p1[0] - p0[0]) * (p2[1] - p0[1]) - (p1[1] - p0[1]) * (p2[0] - p0[0]))});
                    }
                }
            }
        }
        return out;
    }

    /** Adds one quadrature point's contribution to every window. */
    private void add(int e, double[] value, double[] dXi, double[] dEta, MapPoint x, double weight, double kappa,
            double[][] sum) {
        NodalInterpolation.valueAndGradient(mesh, e, h, value, dXi, dEta, interpolated, 0);
        double hv = interpolated[0];
        double hXi = interpolated[1];
        double hEta = interpolated[2];
        double r = x.r();
        double radial = -x.dz(hXi, hEta) / omegaEpsilon;
        double axial = (hv / r + x.dr(hXi, hEta)) / omegaEpsilon;
        double w = weight * x.det();
        double phase = kappa * x.z();
        double cos = Math.cos(phase);
        double sin = Math.sin(phase);
        double[] g = windowWeight;
        planeFactor(x.z(), r, plane);
        for (int j = 0; j < sum.length; j++) {
            weight(j, x.z(), r, g);
            if (g[0] == 0 && g[1] == 0 && g[2] == 0) {
                continue;
            }
            // ψ = (cos + i sin) G, ∂zψ = (cos + i sin)(iκ G + G_z), ∂rψ = (cos + i sin) G_r.
            double realPart = radial * g[1] - axial * g[2] + omegaMu * hv * g[0];
            double imaginaryPart = radial * kappa * g[0];
            sum[j][0] += w * (realPart * cos - imaginaryPart * sin);
            sum[j][1] += w * (realPart * sin + imaginaryPart * cos);
        }
    }

    /**
     * The factor of the perpendicular magnetic planes, common to every window, with its z and r
     * derivatives at (z, r) into {@code out}.
     */
    private void planeFactor(double z, double r, double[] out) {
        double value = 1;
        double dz = 0;
        double dr = 0;
        for (double zc : planes) {
            double d = z - zc;
            double rho2 = d * d + r * r;
            double f0 = d * d / rho2;
            double f1 = 2 * d * r * r / (rho2 * rho2);
            double f2 = -2 * d * d * r / (rho2 * rho2);
            dz = dz * f0 + value * f1;
            dr = dr * f0 + value * f2;
            value *= f0;
        }
        out[0] = value;
        out[1] = dz;
        out[2] = dr;
    }

    /**
     * G of window j, ∂G/∂z and ∂G/∂r at (z, r) into {@code out}: the planes' factor ({@link
     * #planeFactor}, already in {@code plane} for this point) times the factors of the window's ends.
     */
    private void weight(int window, double z, double r, double[] out) {
        double value = plane[0];
        double dz = plane[1];
        double dr = plane[2];
        double[] f = factor;
        double from = breaks[window];
        double to = breaks[window + 1];
        for (double cut : cuts) {
            if (cut == from) {
                step(z - from, r, 1, f);
            } else if (cut == to) {
                step(to - z, r, -1, f);
            } else {
                continue;
            }
            dz = dz * f[0] + value * f[1];
            dr = dr * f[0] + value * f[2];
            value *= f[0];
        }
        out[0] = value;
        out[1] = dz;
        out[2] = dr;
    }

    /**
     * The window end's factor c³, c = d²/(d² + r²) for d > 0 and 0 beyond the end, with its z and r
     * derivatives; d is the distance inside the window from its end, dd/dz = {@code sign}. c is
     * cos² of the angle from the axis about the end point: 1 on the axis inside, 0 on the line z = a;
     * the cube makes the extension by zero five times differentiable across that line.
     */
    private static void step(double d, double r, int sign, double[] out) {
        if (d <= 0) {
            out[0] = 0;
            out[1] = 0;
            out[2] = 0;
            return;
        }
        double rho2 = d * d + r * r;
        double c = d * d / rho2;
        double cz = sign * 2 * d * r * r / (rho2 * rho2);
        double cr = -2 * d * d * r / (rho2 * rho2);
        out[0] = c * c * c;
        out[1] = 3 * c * c * cz;
        out[2] = 3 * c * c * cr;
    }

    /**
     * Subtracts Σ ∫ ψ E·dl over the magnetic boundary edges that G does not remove, run
     * counter-clockwise, from every window's sum.
     */
    private void otherMagneticBoundaries(double kappa, double[][] sum) {
        GaussLegendre rule = GaussLegendre.of(mesh.order() + 4);
        MapPoint x = new MapPoint();
        double[] g = new double[3];
        for (BoundaryEdge edge : mesh.boundaryEdges()) {
            ContourSegment segment = mesh.contour().segment(edge.segment());
            if (segment.kind() != BoundaryKind.MAGNETIC || DomainVoltageMesh.isPerpendicularPlane(segment, tolerance)) {
                continue;
            }
            int a = edge.localEdge();
            int b = (a + 1) % 3;
            // Reference direction of the local edge a → b: the element lies on its left, so it is
            // the domain's counter-clockwise direction.
            double[] start = vertex(a);
            double[] end = vertex(b);
            double dXi = end[0] - start[0];
            double dEta = end[1] - start[1];
            ElementMap map = mesh.elementMap(edge.element());
            for (int q = 0; q < rule.size(); q++) {
                double s = rule.nodes()[q];
                double xi = start[0] + s * dXi;
                double eta = start[1] + s * dEta;
                map.evaluate(xi, eta, x);
                double dz = x.zXi() * dXi + x.zEta() * dEta;
                double dr = x.rXi() * dXi + x.rEta() * dEta;
                FieldSample f = field.inElement(edge.element(), xi, eta);
                double tangential = f.axialElectricField() * dz + f.radialElectricField() * dr;
                double phase = kappa * x.z();
                planeFactor(x.z(), x.r(), plane);
                for (int j = 0; j < sum.length; j++) {
                    weight(j, x.z(), x.r(), g);
                    sum[j][0] -= rule.weights()[q] * g[0] * tangential * Math.cos(phase);
                    sum[j][1] -= rule.weights()[q] * g[0] * tangential * Math.sin(phase);
                }
            }
        }
    }

    private static double[] vertex(int v) {
        return v == 0 ? new double[] {0, 0} : v == 1 ? new double[] {1, 0} : new double[] {0, 1};
    }
}
