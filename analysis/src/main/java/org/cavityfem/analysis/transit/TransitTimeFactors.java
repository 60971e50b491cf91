package org.cavityfem.analysis.transit;

import java.util.ArrayList;
import java.util.List;
import org.cavityfem.analysis.field.FieldSample;
import org.cavityfem.analysis.field.ModeField;
import org.cavityfem.units.PhysicalConstants;

/**
 * Computes {@link TransitTimeRow}s from a mode's on-axis field. E_z(0, z) is sampled uniformly
 * (Simpson's rule, {@value #INTERVALS} intervals per stretch); the factors are ratios, so the
 * field's amplitude does not matter. The electrical centre is the origin about which S = 0
 * (Wangler §2.2) nearest the cell centre z_c: z_e = z_c + atan(S/T)/k with S and T about z_c; it
 * depends on β.
 */
public final class TransitTimeFactors {

    /** Simpson intervals per stretch (even). */
    static final int INTERVALS = 4000;

    /** Origin names. */
    public static final String CELL_CENTRE = "cell centre";
    public static final String ELECTRICAL_CENTRE = "electrical centre";

    private TransitTimeFactors() {
    }

    /**
     * The rows of one stretch: for each β, about the cell centre and about the electrical centre.
     *
     * @param field the mode
     * @param region the stretch's name
     * @param zFrom start (m)
     * @param zTo end (m)
     * @param betas the β values, each in (0, 1]
     * @return two rows per β; empty when ∫E_z dz vanishes over the stretch (the factors are then
     *     undefined, e.g. the whole of a π-mode chain with an even number of cells)
     */
    public static List<TransitTimeRow> of(ModeField field, String region, double zFrom, double zTo, List<Double> betas) {
        int m = INTERVALS;
        double h = (zTo - zFrom) / m;
        double[] z = new double[m + 1];
        double[] w = new double[m + 1];
        double[] f = new double[m + 1];
        double v0 = 0;
        double abs = 0;
        for (int i = 0; i <= m; i++) {
            z[i] = i == m ? zTo : zFrom + i * h;
            w[i] = h / 3 * (i == 0 || i == m ? 1 : i % 2 == 1 ? 4 : 2);
            f[i] = field.at(z[i], 0).map(FieldSample::axialElectricField).orElse(0.0);
            v0 += w[i] * f[i];
            abs += w[i] * Math.abs(f[i]);
        }
        List<TransitTimeRow> rows = new ArrayList<>();
        if (!(Math.abs(v0) > 1e-9 * abs)) {
            return rows;
        }
        double centre = 0.5 * (zFrom + zTo);
        for (double beta : betas) {
            double k = field.angularFrequency() / (beta * PhysicalConstants.SPEED_OF_LIGHT);
            double[] c = moments(z, w, f, k, centre, v0);
            rows.add(row(region, zFrom, zTo, CELL_CENTRE, centre, beta, k, c));
            // The zero of S nearest the cell centre (T may be negative there, as for a pillbox at small β).
            double ze = centre + (c[0] != 0 ? Math.atan(c[3] / c[0]) : Math.PI / 2) / k;
            rows.add(row(region, zFrom, zTo, ELECTRICAL_CENTRE, ze, beta, k, moments(z, w, f, k, ze, v0)));
        }
        return rows;
    }

    /** T, T', T'', S, S', S'' about z0. */
    static double[] moments(double[] z, double[] w, double[] f, double k, double z0, double v0) {
        double t = 0;
        double tp = 0;
        double tpp = 0;
        double s = 0;
        double sp = 0;
        double spp = 0;
        for (int i = 0; i < z.length; i++) {
            double x = z[i] - z0;
            double cos = Math.cos(k * x);
            double sin = Math.sin(k * x);
            double g = w[i] * f[i];
            t += g * cos;
            tp -= g * x * sin;
            tpp -= g * x * x * cos;
            s += g * sin;
            sp += g * x * cos;
            spp -= g * x * x * sin;
        }
        return new double[] {t / v0, tp / v0, tpp / v0, s / v0, sp / v0, spp / v0};
    }

    private static TransitTimeRow row(String region, double zFrom, double zTo, String origin, double z0, double beta,
            double k, double[] c) {
        return new TransitTimeRow(region, zFrom, zTo, origin, z0, beta, k, c[0], c[1], c[2], c[3], c[4], c[5]);
    }
}
