package org.cavityfem.analysis.hom;

import org.cavityfem.analysis.merit.WallLocation;
import org.cavityfem.analysis.wall.WallEdge;
import org.cavityfem.analysis.wall.WallTable;
import org.cavityfem.fem.GaussLegendre;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.geometry.BoundaryKind;

/**
 * The wall loss and the peak surface fields of one mode of any azimuthal order (design.md §2.13):
 * P = (R_s/2) ∫ (∫₀^{2π} |H_t|² dφ) r ds over the metal walls, by Gauss–Legendre quadrature on every
 * wall edge (p + 4 points), and the largest |E| and |H_t| over φ on the metal walls, located as
 * the TM0 wall table does: the largest of 2p + 1 samples per edge, refined by golden-section search
 * within one sample spacing on either side.
 *
 * @param powerLoss P (W)
 * @param electricPeak E_pk (V/m), the largest |E| over the metal walls and φ (E_n; E_phi for TE0),
 *     and where it is
 * @param magneticPeak H_pk (A/m), the largest |H_t| over the metal walls and φ, and where it is
 */
public record WallFigures(double powerLoss, WallLocation electricPeak, WallLocation magneticPeak) {

    /**
     * Parameter distance from an edge end on the axis within which a peak found is placed on the axis
     * (the search ends within about this of it).
     */
    private static final double AXIS_STEP = 1e-4;
    /**
     * Share of a wall edge, from an end on the axis, where the fields are interpolated instead of
     * evaluated ({@link #nearAxis}): there the 1/r terms amplify the rounding of the fields' sums (a
     * golden-section search converging on the axis used to end at r ~ 1e-13 m, where a dipole's H_pk
     * came out 0.4 to 12 times too large at orders 7 and 8; a fixed step of 1e-4 in from the axis
     * left 1e-7 of rounding and truncation, design.md §2.14).
     */
    private static final double AXIS_ZONE = 0.05;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    /**
     * Computes the figures.
     *
     * @param mesh the mesh; its wall edges give the geometry
     * @param sampler the mode's surface fields
     * @param surfaceResistance R_s at the mode's frequency (Ω)
     */
    static WallFigures of(Mesh mesh, WallSampler sampler, double surfaceResistance) {
        return of(mesh, geometry(mesh), sampler, surfaceResistance);
    }

    /** The wall table of a zero field: only its edges (exact geometry, order, segments) are used. */
    static WallTable geometry(Mesh mesh) {
        return WallTable.of(mesh, new double[mesh.nodeCount()], 1);
    }

    /** The figures on the walls of {@link #geometry}, shared by the modes of one mesh. */
    static WallFigures of(Mesh mesh, WallTable walls, WallSampler sampler, double surfaceResistance) {
        return of(mesh, walls, sampler, surfaceResistance, null);
    }

    /**
     * The figures over the metal walls of one segment only (by name; null for every segment): the
     * peaks there, for a location's estimate among mirror copies; the loss is that segment's.
     */
    static WallFigures of(Mesh mesh, WallTable walls, WallSampler sampler, double surfaceResistance, String segment) {
        double tolerance = 1e-12 * mesh.contour().boundingSize();
        double[] amplitudes = new double[4];
        double[] at = new double[3];
        double loss = 0;
        Peak e = new Peak();
        Peak h = new Peak();
        for (WallEdge edge : walls.edges()) {
            if (edge.kind() != BoundaryKind.METAL || segment != null && !segment.equals(edge.segment().name())) {
                continue;
            }
            GaussLegendre rule = GaussLegendre.of(edge.order() + 4);
            for (int q = 0; q < rule.size(); q++) {
                double u = rule.nodes()[q];
                fields(sampler, edge, u, tolerance, amplitudes, at);
                loss += rule.weights()[q] * at[2] * edge.point(u).r() * edge.lengthPerParameter(u);
            }
            int samples = 2 * edge.order();
            for (int j = 0; j <= samples; j++) {
                double u = offAxis(edge, (double) j / samples, tolerance);
                fields(sampler, edge, u, tolerance, amplitudes, at);
                e.offer(edge, u, at[0]);
                h.offer(edge, u, at[1]);
            }
        }
        return new WallFigures(0.5 * surfaceResistance * loss, e.refine(sampler, 0, tolerance),
                h.refine(sampler, 1, tolerance));
    }

    /**
     * The surface fields at parameter u of a wall edge over the whole turn in φ, from the amplitudes
     * E_n, E_phi (cos mφ, sin mφ) and H_s, H_phi (sin mφ, cos mφ), each pair in quadrature:
     * out = {largest |E| over φ (V/m), largest |H_t| over φ (A/m), ∫₀^{2π} |H_t|² dφ (A²/m²)}, the
     * integral being 2π (H_s² + H_phi²) for m = 0, where nothing depends on φ, and π (H_s² + H_phi²)
     * for m ≥ 1.
     *
     * @param amplitudes scratch of length 4
     */
    private static void surface(WallSampler sampler, WallEdge edge, double u, double[] amplitudes, double[] out) {
        sampler.amplitudes(edge, u, amplitudes);
        combine(sampler, amplitudes, out);
    }

    /** {@link #surface} from the amplitudes at the point. */
    private static void combine(WallSampler sampler, double[] amplitudes, double[] out) {
        double hs = amplitudes[2];
        double hphi = amplitudes[3];
        out[0] = Math.max(Math.abs(amplitudes[0]), Math.abs(amplitudes[1]));
        out[1] = Math.max(Math.abs(hs), Math.abs(hphi));
        // For m = 0 one of the two is zero (TE0 has no H_phi, TM0 no H_s): each term kept as 2π H².
        out[2] = sampler.m() == 0 ? 2 * Math.PI * hs * hs + 2 * Math.PI * hphi * hphi
                : Math.PI * (hs * hs + hphi * hphi);
    }

    /**
     * u, moved off a point of the axis inside the edge (an edge's ends on the axis are taken care of
     * by {@link #fields}).
     */
    private static double offAxis(WallEdge edge, double u, double tolerance) {
        if (u <= 0 || u >= 1 || edge.point(u).r() > tolerance) {
            return u;
        }
        return u < 0.5 ? u + AXIS_STEP : u - AXIS_STEP;
    }

    /**
     * {@link #surface} at u, the amplitudes interpolated within {@link #AXIS_ZONE} of an edge end on
     * the axis ({@link #nearAxis}).
     */
    private static void fields(WallSampler sampler, WallEdge edge, double u, double tolerance, double[] amplitudes,
            double[] out) {
        boolean start = u < AXIS_ZONE && edge.point(0).r() <= tolerance;
        boolean end = u > 1 - AXIS_ZONE && edge.point(1).r() <= tolerance;
        if (start || end) {
            nearAxis(sampler, edge, start ? u : 1 - u, start, amplitudes);
            combine(sampler, amplitudes, out);
        } else {
            surface(sampler, edge, u, amplitudes, out);
        }
    }

    /**
     * The amplitudes at distance t (in the edge's parameter) from its end on the axis, interpolated
     * from their values at order + 3 Chebyshev points of [{@link #AXIS_ZONE}, 1]. On a straight edge
     * each amplitude is a polynomial of degree at most the order in the parameter (a 1/r term's
     * numerator vanishes on the axis with the discrete field, design.md §2.11), so this is its exact
     * value up to rounding, which the interpolation amplifies by less than 50 for t ≥ 0 instead of
     * 1/r; on the axis (t = 0) it is the field's limit there.
     */
    private static void nearAxis(WallSampler sampler, WallEdge edge, double t, boolean start, double[] amplitudes) {
        int n = edge.order() + 3;
        double[] nodes = new double[n];
        double[][] values = new double[n][4];
        for (int j = 0; j < n; j++) {
            nodes[j] = AXIS_ZONE + (1 - AXIS_ZONE) * 0.5 * (1 - Math.cos(Math.PI * (j + 0.5) / n));
            sampler.amplitudes(edge, start ? nodes[j] : 1 - nodes[j], values[j]);
        }
        java.util.Arrays.fill(amplitudes, 0);
        for (int j = 0; j < n; j++) {
            double l = 1;
            for (int k = 0; k < n; k++) {
                if (k != j) {
                    l *= (t - nodes[k]) / (nodes[j] - nodes[k]);
                }
            }
            for (int c = 0; c < 4; c++) {
                amplitudes[c] += l * values[j][c];
            }
        }
    }

    /** The largest sample so far and its edge. */
    private static final class Peak {
        private WallEdge edge;
        private double u;
        private double value = Double.NEGATIVE_INFINITY;

        void offer(WallEdge candidate, double at, double v) {
            if (v > value) {
                value = v;
                edge = candidate;
                u = at;
            }
        }

        WallLocation refine(WallSampler sampler, int which, double tolerance) {
            if (edge == null) {
                return new WallLocation(Double.NaN, Double.NaN, Double.NaN, "");
            }
            double[] amplitudes = new double[4];
            double[] at = new double[3];
            double spacing = 1.0 / (2 * edge.order());
            double a = Math.max(0, u - spacing);
            double b = Math.min(1, u + spacing);
            for (int i = 0; i < 60 && b - a > 1e-12; i++) {
                double c = b - GOLDEN * (b - a);
                double d = a + GOLDEN * (b - a);
                if (value(sampler, which, c, tolerance, amplitudes, at) >= value(sampler, which, d, tolerance, amplitudes, at)) {
                    b = d;
                } else {
                    a = c;
                }
            }
            double best = offAxis(edge, 0.5 * (a + b), tolerance);
            double v = value(sampler, which, best, tolerance, amplitudes, at);
            if (v < value) {
                best = u;
                v = value;
            }
            // A value taken a step inside for the axis is the field's limit there: placed on the axis
            // (the search ends within a step of the clamp, where every value is the same).
            double where = best;
            if (best <= 2 * AXIS_STEP && edge.point(0).r() <= tolerance) {
                where = 0;
            } else if (best >= 1 - 2 * AXIS_STEP && edge.point(1).r() <= tolerance) {
                where = 1;
            }
            var x = edge.point(where);
            return new WallLocation(v, x.z(), x.r(), edge.segment().name());
        }

        private double value(WallSampler sampler, int which, double at, double tolerance, double[] amplitudes,
                double[] out) {
            fields(sampler, edge, offAxis(edge, at, tolerance), tolerance, amplitudes, out);
            return out[which];
        }
    }
}
