package org.cavityfem.analysis.accuracy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.cavityfem.analysis.field.NodalInterpolation;
import org.cavityfem.fem.ElementMap;
import org.cavityfem.fem.LagrangeTriangle;
import org.cavityfem.fem.MapPoint;
import org.cavityfem.fem.TabulatedBasis;
import org.cavityfem.fem.TriangleQuadrature;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.Mode;

/**
 * The modes of two solves of different order on one triangulation, compared element by element:
 * which mode of the second solve is which mode of the first, and where their fields differ.
 *
 * <p>Matching: the overlap of two modes is |∫ r H_a H_b| / sqrt(∫ r H_a² ∫ r H_b²) (the mass
 * inner product of (2.2), i.e. of the stored magnetic energy); each mode of the first solve takes,
 * in frequency order, the unused mode of the second with the largest overlap, provided that
 * overlap is at least {@link #MIN_OVERLAP} and the frequencies agree to {@link #MAX_FREQUENCY_GAP}.
 * A mode crossing or a near-degenerate pair thus cannot be paired by frequency order alone.
 *
 * <p>Indicators: with both fields normalised to ∫ r H² = 1 and the sign of the second aligned
 * to the first, the indicator of element e is η_e² = ∫_e [ r (∂z d)² + (1/r) (∂r(r d))² ] dr dz of
 * the difference d = H_p − H_{p+1}, the left side of (2.2), i.e. the electric energy of the
 * field error (the figures of merit come from E); divided by the same integral of H_{p+1} over the
 * whole domain, Σ η_e² is the squared relative energy-norm error of the order-p field.
 */
public final class OrderComparison {

    /** Least overlap of a matched pair. */
    public static final double MIN_OVERLAP = 0.5;
    /** Largest relative frequency difference of a matched pair. */
    public static final double MAX_FREQUENCY_GAP = 0.05;

    private final int[] match;
    private final double[] overlap;
    private final double[][] indicators;

    private OrderComparison(int[] match, double[] overlap, double[][] indicators) {
        this.match = match;
        this.overlap = overlap;
        this.indicators = indicators;
    }

    /**
     * Compares two solves on one triangulation.
     *
     * @param low the mesh of the reported solve
     * @param lowModes its modes
     * @param high a mesh of the same triangulation at another order (same elements, same order of them)
     * @param highModes its modes
     * @throws IllegalArgumentException when the meshes have different elements
     */
    public static OrderComparison of(Mesh low, List<Mode> lowModes, Mesh high, List<Mode> highModes) {
        if (low.elementCount() != high.elementCount() || low.vertexCount() != high.vertexCount()) {
            throw new IllegalArgumentException("the meshes are not of one triangulation");
        }
        int n = lowModes.size();
        int m = highModes.size();
        int q = Math.max(low.order(), high.order()) + 2;
        TriangleQuadrature rule = TriangleQuadrature.collapsed(q, 0);
        TabulatedBasis tl = TabulatedBasis.of(LagrangeTriangle.of(low.order()), rule);
        TabulatedBasis th = TabulatedBasis.of(LagrangeTriangle.of(high.order()), rule);
        int points = rule.size();
        int elements = low.elementCount();
        double[][] cross = new double[n][m];
        double[] normHigh = new double[m];
        double[] normLow = new double[n];
        Tabulation tabulation = new Tabulation(low, lowModes, tl, high, highModes, th);
        tabulation.forEach((e, t) -> {
            double[] w = t.w;
            double[] rr = t.rr;
            double[][] hl = t.hl;
            double[][] hh = t.hh;
            for (int k = 0; k < points; k++) {
                double wr = w[k] * rr[k];
                for (int i = 0; i < n; i++) {
                    normLow[i] += wr * hl[i][3 * k] * hl[i][3 * k];
                }
                for (int j = 0; j < m; j++) {
                    normHigh[j] += wr * hh[j][3 * k] * hh[j][3 * k];
                    for (int i = 0; i < n; i++) {
                        cross[i][j] += wr * hl[i][3 * k] * hh[j][3 * k];
                    }
                }
            }
        });
        int[] match = new int[n];
        double[] overlap = new double[n];
        boolean[] used = new boolean[m];
        Arrays.fill(match, -1);
        for (int i = 0; i < n; i++) {
            double best = MIN_OVERLAP;
            for (int j = 0; j < m; j++) {
                double o = Math.abs(cross[i][j]) / Math.sqrt(normLow[i] * normHigh[j]);
                double gap = Math.abs(lowModes.get(i).frequency() - highModes.get(j).frequency())
                        / highModes.get(j).frequency();
                if (!used[j] && o >= best && gap <= MAX_FREQUENCY_GAP) {
                    best = o;
                    match[i] = j;
                }
            }
            if (match[i] >= 0) {
                used[match[i]] = true;
                overlap[i] = best;
            }
        }
        double[][] indicators = new double[n][];
        double[] energy = new double[n];
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            if (match[i] >= 0) {
                indicators[i] = new double[elements];
                a[i] = 1 / Math.sqrt(normLow[i]);
                b[i] = Math.signum(cross[i][match[i]]) / Math.sqrt(normHigh[match[i]]);
            }
        }
        tabulation.forEach((e, t) -> {
            double[] w = t.w;
            double[] rr = t.rr;
            for (int i = 0; i < n; i++) {
                if (match[i] < 0) {
                    continue;
                }
                double[] fl = t.hl[i];
                double[] fh = t.hh[match[i]];
                double sum = 0;
                for (int k = 0; k < points; k++) {
                    double r = rr[k];
                    double d = a[i] * fl[3 * k] - b[i] * fh[3 * k];
                    double dz = a[i] * fl[3 * k + 1] - b[i] * fh[3 * k + 1];
                    double dr = a[i] * fl[3 * k + 2] - b[i] * fh[3 * k + 2];
                    sum += w[k] * (r * dz * dz + (d + r * dr) * (d + r * dr) / r);
                    double h = b[i] * fh[3 * k];
                    double hz = b[i] * fh[3 * k + 1];
                    double hr = b[i] * fh[3 * k + 2];
                    energy[i] += w[k] * (r * hz * hz + (h + r * hr) * (h + r * hr) / r);
                }
                indicators[i][e] = sum;
            }
        });
        for (int i = 0; i < n; i++) {
            if (indicators[i] != null) {
                for (int e = 0; e < elements; e++) {
                    indicators[i][e] /= energy[i];
                }
            }
        }
        return new OrderComparison(match, overlap, indicators);
    }

    /**
     * Per element, the rule's weights |det J| w and radii, and every mode's H, ∂zH, ∂rH at its points:
     * the evaluation the comparison's sums read. Elements are tabulated in blocks, in parallel over the
     * elements of a block (each element's table is a function of the element alone), and handed on in
     * element order, so the sums add the same terms in the same order on any number of threads.
     */
    static final class Tabulation {

        /**
         * Most numbers a block of tables holds (8 MB): a block is a hand-over between threads, and on a
         * loaded machine each one waits for a time slice of the other thread, so blocks are as large as
         * memory allows rather than cache-sized (the 9-cell at orders 7 and 8, 19 modes at 100 points:
         * 169 elements a block, 25 blocks a pass).
         */
        private static final int BLOCK_NUMBERS = 1 << 20;

        private final Mesh low;
        private final List<Mode> lowModes;
        private final TabulatedBasis tl;
        private final Mesh high;
        private final List<Mode> highModes;
        private final TabulatedBasis th;
        private final Table[] block;

        Tabulation(Mesh low, List<Mode> lowModes, TabulatedBasis tl, Mesh high, List<Mode> highModes,
                TabulatedBasis th) {
            this.low = low;
            this.lowModes = lowModes;
            this.tl = tl;
            this.high = high;
            this.highModes = highModes;
            this.th = th;
            this.block = new Table[Math.min(blockElements(tl.rule().size(), lowModes.size() + highModes.size()),
                    low.elementCount())];
            for (int b = 0; b < block.length; b++) {
                block[b] = new Table(tl.rule().size(), lowModes.size(), highModes.size());
            }
        }

        /** Elements a block holds, at {@code points} rule points and {@code modes} modes of both solves. */
        static int blockElements(int points, int modes) {
            return Math.max(1, BLOCK_NUMBERS / (points * (2 + 3 * modes)));
        }

        /** Hands every element's table to {@code sum}, in element order. */
        void forEach(ElementSum sum) {
            int elements = low.elementCount();
            for (int start = 0; start < elements; start += block.length) {
                int first = start;
                int count = Math.min(block.length, elements - start);
                IntStream.range(0, count).parallel().forEach(b -> tabulate(first + b, block[b]));
                for (int b = 0; b < count; b++) {
                    sum.add(first + b, block[b]);
                }
            }
        }

        /** Weights, radii and every mode's H, ∂zH, ∂rH at the rule's points of element e. */
        private void tabulate(int e, Table t) {
            ElementMap map = low.elementMap(e);
            MapPoint x = t.x;
            for (int k = 0; k < t.w.length; k++) {
                map.evaluate(tl, k, x);
                t.rr[k] = x.r();
                t.w[k] = tl.rule().weights()[k] * Math.abs(x.det());
                for (int i = 0; i < t.hl.length; i++) {
                    evaluate(low, e, tl, k, x, lowModes.get(i).azimuthalField(), t.hl[i], k);
                }
                for (int j = 0; j < t.hh.length; j++) {
                    evaluate(high, e, th, k, x, highModes.get(j).azimuthalField(), t.hh[j], k);
                }
            }
        }
    }

    /** One element's tabulation ({@link Tabulation}). */
    private static final class Table {
        final double[] w;
        final double[] rr;
        final double[][] hl;
        final double[][] hh;
        final MapPoint x = new MapPoint();

        Table(int points, int lowModes, int highModes) {
            w = new double[points];
            rr = new double[points];
            hl = new double[lowModes][3 * points];
            hh = new double[highModes][3 * points];
        }
    }

    private static void evaluate(Mesh mesh, int element, TabulatedBasis table, int k, MapPoint x, double[] field,
            double[] out, int at) {
        NodalInterpolation.valueAndGradient(mesh, element, field, table.value()[k], table.dXi()[k], table.dEta()[k],
                out, 3 * at);
        double hXi = out[3 * at + 1];
        double hEta = out[3 * at + 2];
        out[3 * at + 1] = x.dz(hXi, hEta);
        out[3 * at + 2] = x.dr(hXi, hEta);
    }

    /** Adds one element's terms to a comparison's sums. */
    @FunctionalInterface
    private interface ElementSum {
        void add(int element, Table table);
    }

    /** The mode of the second solve matched to mode {@code i} of the first, or -1 when none is. */
    public int match(int i) {
        return match[i];
    }

    /** The overlap of mode {@code i} with its match (0 when unmatched). */
    public double overlap(int i) {
        return overlap[i];
    }

    /**
     * The element indicators η_e² of mode {@code i} (relative, they add up to the squared relative
     * energy-norm difference), or null when the mode is unmatched. The array is shared: do not modify.
     */
    public double[] indicators(int i) {
        return indicators[i];
    }

    /** sqrt(Σ η_e²): the relative energy-norm difference of mode {@code i}'s two fields; NaN when unmatched. */
    public double fieldDifference(int i) {
        if (indicators[i] == null) {
            return Double.NaN;
        }
        double s = 0;
        for (double v : indicators[i]) {
            s += v;
        }
        return Math.sqrt(s);
    }
}
