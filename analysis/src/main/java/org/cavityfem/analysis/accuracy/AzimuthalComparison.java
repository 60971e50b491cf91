package org.cavityfem.analysis.accuracy;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.cavityfem.analysis.hom.AzimuthalField;
import org.cavityfem.fem.TriangleQuadrature;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.hom.AzimuthalSolution;

/**
 * The modes of order m ≥ 1 of two solves of different element order on one triangulation, paired
 * as {@link OrderComparison} pairs monopole modes (design.md §2.14): the overlap of two modes is
 * |∫∫ r E_a·E_b dr dz| / sqrt(∫∫ r |E_a|² ∫∫ r |E_b|²), the mass inner product of the m ≥ 1
 * pencil (design.md §2.11), i.e. of the stored electric energy; each mode of the first solve takes,
 * in frequency order, the unused mode of the second with the largest overlap, at least
 * {@link OrderComparison#MIN_OVERLAP} and within {@link OrderComparison#MAX_FREQUENCY_GAP} in
 * frequency. The field difference of a pair is the relative mass-norm (L²) difference of the two
 * normalised, sign-aligned fields.
 *
 * <p>Indicators, as {@link OrderComparison}'s in the formulation's own energy norm: with both fields
 * normalised in the mass norm and the sign of the second aligned to the first, the indicator of
 * element e is η_e² = ∫_e [r (curl d)² + (m²/r)|d_v|²] dr dz of the difference d of the two
 * meridian unknowns v (the stiffness form a(d, d) of design.md §2.11, i.e. ∫ r |∇×(E_p − E_{p+1})|²
 * over φ: the magnetic energy of the field error, since m u + ∇w = m v), over a(·,·) of the reference
 * field on the whole domain; Σ η_e² is the squared relative energy-norm difference.
 */
public final class AzimuthalComparison {

    private final int[] match;
    private final double[] overlap;
    private final double[] difference;
    private final Supplier<double[][]> made;
    private double[][] indicators;

    private AzimuthalComparison(int[] match, double[] overlap, double[] difference, Supplier<double[][]> made) {
        this.match = match;
        this.overlap = overlap;
        this.difference = difference;
        this.made = made;
    }

    /**
     * Compares two solves of one order m on one triangulation.
     *
     * @throws IllegalArgumentException when the meshes have different elements or the orders m differ
     */
    public static AzimuthalComparison of(Mesh low, AzimuthalSolution a, Mesh high, AzimuthalSolution b) {
        if (low.elementCount() != high.elementCount() || low.vertexCount() != high.vertexCount() || a.m() != b.m()) {
            throw new IllegalArgumentException("the solves are not of one triangulation and one order m");
        }
        int n = a.modes().size();
        int k = b.modes().size();
        AzimuthalField fa = new AzimuthalField(low, a.dofs(), a.m(), new double[a.dofs().size()]);
        AzimuthalField fb = new AzimuthalField(high, b.dofs(), b.m(), new double[b.dofs().size()]);
        // Interior points only: E_phi = w / r is not evaluated on the axis.
        TriangleQuadrature rule = TriangleQuadrature.collapsed(Math.max(low.order(), high.order()) + 2, 0);
        AzimuthalField.Tabulation ta = fa.tabulate(rule.xi(), rule.eta());
        AzimuthalField.Tabulation tb = fb.tabulate(rule.xi(), rule.eta());
        double[][] la = new double[n][fa.localSize()];
        double[][] lb = new double[k][fb.localSize()];
        double[][] ea = new double[n][6];
        double[][] eb = new double[k][6];
        double[] na = new double[n];
        double[] nb = new double[k];
        double[][] cross = new double[n][k];
        for (int e = 0; n > 0 && e < low.elementCount(); e++) {
            for (int i = 0; i < n; i++) {
                fa.localCoefficients(e, a.modes().get(i).unknowns(), la[i]);
            }
            for (int j = 0; j < k; j++) {
                fb.localCoefficients(e, b.modes().get(j).unknowns(), lb[j]);
            }
            for (int q = 0; q < rule.size(); q++) {
                fa.locate(e, ta, q);
                fb.locate(e, tb, q);
                double w = rule.weights()[q] * Math.abs(fa.determinant());
                for (int i = 0; i < n; i++) {
                    fa.combine(la[i], ea[i]);
                }
                for (int j = 0; j < k; j++) {
                    fb.combine(lb[j], eb[j]);
                }
                double wr = w * ea[0][1];
                for (int i = 0; i < n; i++) {
                    na[i] += wr * dot(ea[i], ea[i]);
                }
                for (int j = 0; j < k; j++) {
                    nb[j] += wr * dot(eb[j], eb[j]);
                    for (int i = 0; i < n; i++) {
                        cross[i][j] += wr * dot(ea[i], eb[j]);
                    }
                }
            }
        }
        int[] match = new int[n];
        double[] overlap = new double[n];
        double[] difference = new double[n];
        Arrays.fill(match, -1);
        Arrays.fill(difference, Double.NaN);
        boolean[] used = new boolean[k];
        for (int i = 0; i < n; i++) {
            double best = OrderComparison.MIN_OVERLAP;
            for (int j = 0; j < k; j++) {
                double o = Math.abs(cross[i][j]) / Math.sqrt(na[i] * nb[j]);
                double fb0 = b.modes().get(j).frequency();
                double gap = Math.abs(a.modes().get(i).frequency() - fb0) / fb0;
                if (!used[j] && o >= best && gap <= OrderComparison.MAX_FREQUENCY_GAP) {
                    best = o;
                    match[i] = j;
                }
            }
            if (match[i] >= 0) {
                used[match[i]] = true;
                overlap[i] = best;
                // ||a/|a| − s b/|b|||² = 2 − 2 o for unit fields with the sign s that aligns them.
                difference[i] = Math.sqrt(Math.max(0, 2 - 2 * best));
            }
        }
        // The indicators cost a second pass as long as the first: made when first asked for.
        return new AzimuthalComparison(match, overlap, difference,
                () -> indicators(low, a, high, b, match, na, nb, cross));
    }

    /**
     * The element indicators of the matched modes (null rows where unmatched): a second pass, since the
     * normalisation and the sign come from the first.
     */
    private static double[][] indicators(Mesh low, AzimuthalSolution a, Mesh high, AzimuthalSolution b, int[] match,
            double[] na, double[] nb, double[][] cross) {
        int n = match.length;
        int elements = low.elementCount();
        double m2 = (double) a.m() * a.m();
        AzimuthalField fa = new AzimuthalField(low, a.dofs(), a.m(), new double[a.dofs().size()]);
        AzimuthalField fb = new AzimuthalField(high, b.dofs(), b.m(), new double[b.dofs().size()]);
        TriangleQuadrature rule = TriangleQuadrature.collapsed(Math.max(low.order(), high.order()) + 2, 0);
        AzimuthalField.Tabulation ta = fa.tabulate(rule.xi(), rule.eta());
        AzimuthalField.Tabulation tb = fb.tabulate(rule.xi(), rule.eta());
        double[][] out = new double[n][];
        double[] energy = new double[n];
        double[] sa = new double[n];
        double[] sb = new double[n];
        for (int i = 0; i < n; i++) {
            if (match[i] >= 0) {
                out[i] = new double[elements];
                sa[i] = 1 / Math.sqrt(na[i]);
                sb[i] = Math.signum(cross[i][match[i]]) / Math.sqrt(nb[match[i]]);
            }
        }
        double[][] la = new double[n][fa.localSize()];
        double[][] lb = new double[n][fb.localSize()];
        double[] ea = new double[8];
        double[] eb = new double[8];
        for (int e = 0; e < elements; e++) {
            for (int i = 0; i < n; i++) {
                if (match[i] >= 0) {
                    fa.localCoefficients(e, a.modes().get(i).unknowns(), la[i]);
                    fb.localCoefficients(e, b.modes().get(match[i]).unknowns(), lb[i]);
                }
            }
            for (int q = 0; q < rule.size(); q++) {
                fa.locate(e, ta, q);
                fb.locate(e, tb, q);
                double w = rule.weights()[q] * Math.abs(fa.determinant());
                for (int i = 0; i < n; i++) {
                    if (match[i] < 0) {
                        continue;
                    }
                    fa.combine(la[i], ea);
                    fb.combine(lb[i], eb);
                    double r = ea[1];
                    // {z, r, E_z, E_r, E_phi, v_r, v_z, curl v}: a(d, d) = ∫ r (curl d)² + (m²/r)|d|².
                    double dc = sa[i] * ea[7] - sb[i] * eb[7];
                    double dr = sa[i] * ea[5] - sb[i] * eb[5];
                    double dz = sa[i] * ea[6] - sb[i] * eb[6];
                    out[i][e] += w * (r * dc * dc + m2 / r * (dr * dr + dz * dz));
                    double hc = sb[i] * eb[7];
                    double hr = sb[i] * eb[5];
                    double hz = sb[i] * eb[6];
                    energy[i] += w * (r * hc * hc + m2 / r * (hr * hr + hz * hz));
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (out[i] != null) {
                for (int e = 0; e < elements; e++) {
                    out[i][e] /= energy[i];
                }
            }
        }
        return out;
    }

    /** E_a·E_b from two {@link AzimuthalField#combine} outputs {z, r, E_z, E_r, E_phi, v_r}. */
    private static double dot(double[] x, double[] y) {
        return x[2] * y[2] + x[3] * y[3] + x[4] * y[4];
    }

    /** The mode of the second solve matched to mode {@code i} of the first, or -1 when none is. */
    public int match(int i) {
        return match[i];
    }

    /** The overlap of mode {@code i} with its match (0 when unmatched). */
    public double overlap(int i) {
        return overlap[i];
    }

    /** Relative L² difference of mode {@code i}'s two normalised fields; NaN when unmatched. */
    public double fieldDifference(int i) {
        return difference[i];
    }

    /**
     * The element indicators η_e² of mode {@code i} in the energy norm (relative, they add up to the
     * squared relative energy-norm difference), or null when the mode is unmatched. The array is
     * shared: do not modify.
     */
    public synchronized double[] indicators(int i) {
        if (indicators == null) {
            indicators = made.get();
        }
        return indicators[i];
    }

    /** The pairing as a list: entry i is {@link #match(int)}. */
    public List<Integer> matches() {
        return Arrays.stream(match).boxed().toList();
    }
}
