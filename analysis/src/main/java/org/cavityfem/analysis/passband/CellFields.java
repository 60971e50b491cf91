package org.cavityfem.analysis.passband;

import java.util.Arrays;
import java.util.Locale;
import org.cavityfem.analysis.field.AxisProfile;

/**
 * The axial field E_z(0, z) of one mode seen cell by cell: per cell the signed integral ∫ E_z dz,
 * the integral of |E_z|, and the peak |E_z|. Cell i spans the axis between iris planes i and i + 1.
 *
 * @param signedIntegrals ∫ E_z dz over each cell (V)
 * @param absoluteIntegrals ∫ |E_z| dz over each cell (V)
 * @param peaks largest |E_z| in each cell (V/m), the sampled maximum refined by the parabola
 *     through it and its two neighbours
 */
public record CellFields(double[] signedIntegrals, double[] absoluteIntegrals, double[] peaks) {

    /**
     * Splits the axial profile of a mode at the iris planes.
     *
     * @param profile the mode's axial profile
     * @param irisPlanes z of the N + 1 iris planes, ascending (m)
     * @throws IllegalArgumentException when a cell holds fewer than three axis samples
     */
    public static CellFields of(AxisProfile profile, double[] irisPlanes) {
        double[] z = profile.z();
        double[] ez = profile.axialField();
        int cells = irisPlanes.length - 1;
        double[] signed = new double[cells];
        double[] absolute = new double[cells];
        double[] peaks = new double[cells];
        for (int c = 0; c < cells; c++) {
            double lo = irisPlanes[c];
            double hi = irisPlanes[c + 1];
            int best = -1;
            int count = 0;
            for (int i = 0; i + 1 < z.length; i++) {
                // Trapezoid pieces clipped to the cell; the profile is sampled densely (2p points per edge).
                double a = Math.max(z[i], lo);
                double b = Math.min(z[i + 1], hi);
                if (b > a) {
                    double fa = interpolate(z, ez, i, a);
                    double fb = interpolate(z, ez, i, b);
                    signed[c] += 0.5 * (fa + fb) * (b - a);
                    absolute[c] += absoluteTrapezoid(fa, fb, b - a);
                }
                if (z[i] >= lo && z[i] <= hi) {
                    count++;
                    if (best < 0 || Math.abs(ez[i]) > Math.abs(ez[best])) {
                        best = i;
                    }
                }
            }
            if (count < 3) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "cell %d (z from %.6g m to %.6g m) holds %d axis samples; the axis does not cover the cells",
                        c + 1, lo, hi, count));
            }
            peaks[c] = refinedPeak(z, ez, best);
        }
        return new CellFields(signed, absolute, peaks);
    }

    private static double interpolate(double[] z, double[] f, int i, double at) {
        double t = (at - z[i]) / (z[i + 1] - z[i]);
        return f[i] + t * (f[i + 1] - f[i]);
    }

    /** ∫ |f| over a piece where f is linear from fa to fb (split at its zero). */
    private static double absoluteTrapezoid(double fa, double fb, double length) {
        if (fa * fb >= 0) {
            return 0.5 * Math.abs(fa + fb) * length;
        }
        double t = fa / (fa - fb);
        return 0.5 * (Math.abs(fa) * t + Math.abs(fb) * (1 - t)) * length;
    }

    private static double refinedPeak(double[] z, double[] ez, int i) {
        double peak = Math.abs(ez[i]);
        if (i == 0 || i == z.length - 1) {
            return peak;
        }
        double f0 = Math.abs(ez[i - 1]);
        double f2 = Math.abs(ez[i + 1]);
        double h0 = z[i] - z[i - 1];
        double h2 = z[i + 1] - z[i];
        // Parabola through (−h0, f0), (0, peak), (h2, f2): its vertex value.
        double slopeL = (peak - f0) / h0;
        double slopeR = (f2 - peak) / h2;
        double curvature = 2 * (slopeR - slopeL) / (h0 + h2);
        if (!(curvature < 0)) {
            return peak;
        }
        double slope0 = slopeL + 0.5 * curvature * h0;
        double shift = -slope0 / curvature;
        if (shift < -h0 || shift > h2) {
            return peak;
        }
        return peak + slope0 * shift + 0.5 * curvature * shift * shift;
    }

    /** Number of cells. */
    public int cells() {
        return peaks.length;
    }

    /**
     * Share of the axial field that keeps one sign within each cell,
     * Σ |∫_cell E_z dz| / Σ ∫_cell |E_z| dz: 1 for a mode with one lobe per cell (TM010-like),
     * near 0 for modes whose field reverses inside the cells.
     */
    public double singleLobeFraction() {
        double num = 0;
        double den = 0;
        for (int c = 0; c < cells(); c++) {
            num += Math.abs(signedIntegrals[c]);
            den += absoluteIntegrals[c];
        }
        return den > 0 ? num / den : 0;
    }

    /** Peak |E_z| per cell over the largest of them. */
    public double[] relativePeaks() {
        double max = Arrays.stream(peaks).max().orElse(0);
        return Arrays.stream(peaks).map(p -> p / max).toArray();
    }
}
