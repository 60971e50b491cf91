package org.cavityfem.analysis.field;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.cavityfem.fem.GaussLegendre;
import org.cavityfem.mesh.BoundaryEdge;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.units.PhysicalConstants;

/**
 * The axial electric field E_z(0, z) along the parts of the contour that lie on the axis (all of
 * them, or those inside a window z_from ≤ z ≤ z_to), and the integrals the figures of merit need.
 *
 * <p>Over the whole axis of the domain the integrals (the voltage, ∫ |E_z| dz) are domain integrals
 * of H_phi against a weight ({@link DomainVoltage}, docs/design.md §2.7): they never take the
 * derivative of H on the axis, and converge much faster than the profile itself, whose E_z is one
 * order below H. A window that ends inside the axis (the cells of a cavity with beam pipes)
 * integrates the profile edge by edge, with a Gauss rule exact for the polynomial E_z of a straight
 * axis edge and |E_z| split at its zeros. The samples ({@link #z()}, {@link #axialField()}) are
 * the profile's; plots and field maps use them.
 */
public final class AxisProfile {

    /** Plot samples per element edge along the axis (beyond the start point). */
    private static final int SAMPLES_PER_ORDER = 2;

    private final ModeField field;
    /** Axis edges as (element, local edge, z start, z end, s from, s to), ordered by z; [s from, s to] is
     * the part of the edge (as a fraction from its start vertex) inside the window. */
    private final List<double[]> edges;
    private final double[] z;
    private final double[] axialField;
    private final double zFrom;
    private final double zTo;
    /** True when the window holds every axis edge whole: the integrals are then domain integrals. */
    private final boolean wholeAxis;
    private final GaussLegendre rule;

    private AxisProfile(ModeField field, double zFrom, double zTo) {
        if (!(zFrom < zTo)) {
            throw new IllegalArgumentException("the axis window needs z_from < z_to, got " + zFrom + " and " + zTo);
        }
        this.field = field;
        this.zFrom = zFrom;
        this.zTo = zTo;
        Mesh mesh = field.mesh();
        List<double[]> found = new ArrayList<>();
        boolean whole = true;
        for (BoundaryEdge edge : mesh.boundaryEdges()) {
            if (mesh.contour().segment(edge.segment()).kind() != BoundaryKind.AXIS) {
                continue;
            }
            int a = mesh.node(edge.element(), edge.localEdge());
            int b = mesh.node(edge.element(), (edge.localEdge() + 1) % 3);
            double za = mesh.z(a);
            double zb = mesh.z(b);
            double s0 = Math.max(0, Math.min(1, (zFrom - za) / (zb - za)));
            double s1 = Math.max(0, Math.min(1, (zTo - za) / (zb - za)));
            if (Double.isInfinite(zFrom)) {
                s0 = zb > za ? 0 : 1;
            }
            if (Double.isInfinite(zTo)) {
                s1 = zb > za ? 1 : 0;
            }
            whole &= Math.abs(Math.abs(s1 - s0) - 1) <= 1e-14;
            if (Math.abs(s1 - s0) > 1e-14) {
                found.add(new double[] {edge.element(), edge.localEdge(), za, zb, Math.min(s0, s1), Math.max(s0, s1)});
            }
        }
        found.sort(Comparator.comparingDouble(e -> Math.min(e[2], e[3])));
        this.edges = List.copyOf(found);
        this.wholeAxis = whole && !found.isEmpty();
        this.rule = GaussLegendre.of(mesh.order() + 3);
        int perEdge = SAMPLES_PER_ORDER * mesh.order();
        double[] zs = new double[edges.size() * perEdge + 1];
        double[] fs = new double[zs.length];
        int count = 0;
        for (double[] e : edges) {
            boolean forward = e[3] >= e[2];
            for (int i = 0; i <= perEdge; i++) {
                double u = i / (double) perEdge;
                double s = forward ? e[4] + u * (e[5] - e[4]) : e[5] - u * (e[5] - e[4]);
                double zi = e[2] + s * (e[3] - e[2]);
                double fi = axial(e, s);
                if (i == 0 && count > 0 && Math.abs(zs[count - 1] - zi) <= 1e-12 * Math.abs(e[3] - e[2])) {
                    fs[count - 1] = 0.5 * (fs[count - 1] + fi); // shared vertex: average the two sides
                    continue;
                }
                if (count == zs.length) {
                    zs = Arrays.copyOf(zs, 2 * count);
                    fs = Arrays.copyOf(fs, 2 * count);
                }
                zs[count] = zi;
                fs[count] = fi;
                count++;
            }
        }
        this.z = Arrays.copyOf(zs, count);
        this.axialField = Arrays.copyOf(fs, count);
    }

    /** The axial profile of a mode along the whole axis (empty when the contour has no axis part). */
    public static AxisProfile of(ModeField field) {
        // Kept with the field: the skin-layer figures and the axis plot both ask for it.
        return field.wholeAxisProfile(() -> new AxisProfile(field, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
    }

    /**
     * The axial profile of a mode inside the window z_from ≤ z ≤ z_to, e.g. from the first to the
     * last iris plane of a multi-cell cavity.
     *
     * @param zFrom start of the window (m)
     * @param zTo end of the window (m), above zFrom
     */
    public static AxisProfile between(ModeField field, double zFrom, double zTo) {
        return new AxisProfile(field, zFrom, zTo);
    }

    /** Sample positions along the axis (m), ascending. */
    public double[] z() {
        return z.clone();
    }

    /** E_z at the sample positions (V/m). */
    public double[] axialField() {
        return axialField.clone();
    }

    /** True when the contour has no part on the axis. */
    public boolean isEmpty() {
        return edges.isEmpty();
    }

    /** Length of axis covered (m). */
    public double length() {
        double sum = 0;
        for (double[] e : edges) {
            sum += Math.abs(e[3] - e[2]) * (e[5] - e[4]);
        }
        return sum;
    }

    /**
     * Accelerating voltage for a particle of velocity βc crossing on the axis,
     * |∫ E_z(0, z) e^{i ω z/(β c)} dz| (V), at the field's amplitude.
     *
     * @param beta particle velocity over c, in (0, 1]
     */
    public double voltage(double beta) {
        if (!(beta > 0 && beta <= 1)) {
            throw new IllegalArgumentException("beta must be in (0, 1], got " + beta);
        }
        double kBeta = field.angularFrequency() / (beta * PhysicalConstants.SPEED_OF_LIGHT);
        if (wholeAxis) {
            double[] v = DomainVoltage.of(field, kBeta, zFrom, zTo)[0];
            return Math.hypot(v[0], v[1]);
        }
        double re = 0;
        double im = 0;
        for (double[] e : edges) {
            double length = e[3] - e[2];
            double part = e[5] - e[4];
            for (int q = 0; q < rule.size(); q++) {
                double s = e[4] + rule.nodes()[q] * part;
                double w = rule.weights()[q] * Math.abs(length) * part;
                double f = axial(e, s);
                double phase = kBeta * (e[2] + s * length);
                re += w * f * Math.cos(phase);
                im += w * f * Math.sin(phase);
            }
        }
        return Math.hypot(re, im);
    }

    /**
     * ∫ |E_z(0, z)| dz along the axis (V), at the field's amplitude: Σ |∫ E_z dz| over the stretches
     * between the zeros of E_z, each a domain integral. A zero is placed by bisection on the profile;
     * an error δ in its place changes the sum only by about |E_z'| δ², as E_z vanishes there.
     */
    public double absoluteIntegral() {
        if (!wholeAxis) {
            return axisAbsoluteIntegral();
        }
        List<Double> breaks = new ArrayList<>();
        breaks.add(zFrom);
        double largest = 0;
        for (double f : axialField) {
            largest = Math.max(largest, Math.abs(f));
        }
        // Sign changes within discretisation noise of zero (E_z = 0 on a magnetic plane) are no
        // zeros: a zero lies between two samples beyond the noise of opposite sign, found by
        // bisection when they share an edge, else at the vertex between them.
        double noise = 1e-6 * largest;
        int perEdge = SAMPLES_PER_ORDER * field.mesh().order();
        List<Double> zeros = new ArrayList<>();
        double[] last = null;
        double lastValue = 0;
        double lastS = 0;
        for (double[] e : edges) {
            boolean forward = e[3] >= e[2];
            for (int i = 0; i <= perEdge; i++) {
                double u = i / (double) perEdge;
                double s = forward ? e[4] + u * (e[5] - e[4]) : e[5] - u * (e[5] - e[4]);
                double f = axial(e, s);
                if (Math.abs(f) <= noise) {
                    continue;
                }
                if (last != null && f * lastValue < 0) {
                    double start = e[2] + (forward ? e[4] : e[5]) * (e[3] - e[2]);
                    double lo = Math.min(lastS, s);
                    zeros.add(last == e ? e[2] + zero(e, lo, Math.max(lastS, s), axial(e, lo)) * (e[3] - e[2])
                            : start);
                }
                last = e;
                lastValue = f;
                lastS = s;
            }
        }
        zeros.sort(null);
        breaks.addAll(zeros);
        breaks.add(zTo);
        double[][] parts = DomainVoltage.of(field, 0, breaks.stream().mapToDouble(Double::doubleValue).toArray());
        double sum = 0;
        for (double[] part : parts) {
            sum += Math.abs(part[0]);
        }
        return sum;
    }

    /** ∫ |E_z| dz of the profile, split at its zeros, edge by edge (V): for a window cutting the axis. */
    private double axisAbsoluteIntegral() {
        double sum = 0;
        int perEdge = SAMPLES_PER_ORDER * field.mesh().order();
        for (double[] e : edges) {
            // Split the edge where E_z changes sign (bracketed on a fine sampling, then bisected).
            double from = e[4];
            double fFrom = axial(e, from);
            for (int i = 1; i <= perEdge; i++) {
                double to = e[4] + (e[5] - e[4]) * i / (double) perEdge;
                double fTo = axial(e, to);
                if (fFrom * fTo < 0) {
                    double root = zero(e, from, to, fFrom);
                    sum += Math.abs(integral(e, from, root, false)) + Math.abs(integral(e, root, to, false));
                } else {
                    sum += Math.abs(integral(e, from, to, true));
                }
                from = to;
                fFrom = fTo;
            }
        }
        return sum;
    }

    /**
     * ∫ E_z dz over the edge fraction [s0, s1] (V).
     *
     * @param kept whether the points recur for the other modes (fixed fractions) and so are worth
     *     keeping with the mesh's points; an end at a mode's own zero is not
     */
    private double integral(double[] e, double s0, double s1, boolean kept) {
        double length = Math.abs(e[3] - e[2]) * (s1 - s0);
        double sum = 0;
        for (int q = 0; q < rule.size(); q++) {
            sum += rule.weights()[q] * axial(e, s0 + rule.nodes()[q] * (s1 - s0), kept);
        }
        return sum * length;
    }

    private double zero(double[] e, double lo, double hi, double fLo) {
        for (int it = 0; it < 100 && hi - lo > 1e-15; it++) {
            double mid = 0.5 * (lo + hi);
            // Bisection points are this mode's own: not kept for the others.
            double f = axial(e, mid, false);
            if (f * fLo <= 0) {
                hi = mid;
            } else {
                lo = mid;
                fLo = f;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** E_z at fraction s from the start vertex along an axis edge (V/m). */
    private double axial(double[] e, double s) {
        return axial(e, s, true);
    }

    /**
     * E_z at fraction s from the start vertex along an axis edge (V/m), the same bits whether kept or not.
     *
     * @param kept whether to keep the point's geometry with the mesh's points: the same axis points
     *     recur for every mode of the mesh (and for each mode's several profiles); a point only this
     *     mode asks for would only fill the shared table
     */
    private double axial(double[] e, double s, boolean kept) {
        int localEdge = (int) e[1];
        double[] lambda = new double[3];
        lambda[localEdge] = 1 - s;
        lambda[(localEdge + 1) % 3] = s;
        FieldSample at = kept ? field.inElement(field.points(), (int) e[0], lambda[1], lambda[2])
                : field.inElement((int) e[0], lambda[1], lambda[2]);
        return at.axialElectricField();
    }
}
