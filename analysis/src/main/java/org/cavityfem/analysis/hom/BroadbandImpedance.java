package org.cavityfem.analysis.hom;

import java.util.List;
import java.util.TreeSet;

/**
 * The beam impedance built from a HOM table as a sum of resonators (design.md §2.13), each mode with
 * its R/Q (linac convention), frequency f_r and Q (the loaded Q when the case gives an external Q,
 * Q0 otherwise):
 *
 * <pre>
 *   Z_long(f) = Σ (R/Q)_long Q / (1 + i Q (f/f_r − f_r/f))                (Ω; m = 0 modes)
 *   Z_perp(f) = Σ (f_r/f) (R/Q)_perp Q / (1 + i Q (f/f_r − f_r/f))        (Ω/m; m = 1 modes)
 * </pre>
 *
 * (Chao, "Physics of Collective Beam Instabilities", §2.5, resonator impedances). The real parts are
 * evaluated on a grid that resolves every resonance: a uniform grid plus points within a few
 * half-widths f_r/(2Q) of each f_r.
 *
 * @param frequency the grid (Hz), ascending
 * @param longitudinal Re Z_long on the grid (Ω)
 * @param transverse Re Z_perp on the grid (Ω/m)
 */
public record BroadbandImpedance(double[] frequency, double[] longitudinal, double[] transverse) {

    private static final int UNIFORM = 2000;
    private static final int PER_RESONANCE = 41;

    /**
     * The impedance of the modes between {@code from} and {@code to} (Hz).
     */
    public static BroadbandImpedance of(List<AzimuthalFigures> modes, double from, double to) {
        TreeSet<Double> grid = new TreeSet<>();
        for (int i = 0; i <= UNIFORM; i++) {
            grid.add(from + (to - from) * i / UNIFORM);
        }
        for (AzimuthalFigures f : modes) {
            double q = quality(f);
            if (!(q > 0) || !contributes(f)) {
                continue;
            }
            double half = f.frequency() / (2 * q);
            for (int j = 0; j < PER_RESONANCE; j++) {
                double x = f.frequency() + half * 10 * (2.0 * j / (PER_RESONANCE - 1) - 1);
                if (x >= from && x <= to) {
                    grid.add(x);
                }
            }
        }
        double[] fr = grid.stream().mapToDouble(Double::doubleValue).toArray();
        double[] zl = new double[fr.length];
        double[] zt = new double[fr.length];
        for (AzimuthalFigures f : modes) {
            double q = quality(f);
            if (!(q > 0) || !contributes(f)) {
                continue;
            }
            double shunt = f.roverQ() * q;
            for (int i = 0; i < fr.length; i++) {
                double x = q * (fr[i] / f.frequency() - f.frequency() / fr[i]);
                double real = shunt / (1 + x * x);
                if (f.m() == 0) {
                    zl[i] += real;
                } else {
                    zt[i] += f.frequency() / fr[i] * real;
                }
            }
        }
        return new BroadbandImpedance(fr, zl, zt);
    }

    /** True for the modes that enter: m = 0 (longitudinal) and m = 1 (transverse) with a finite R/Q. */
    public static boolean contributes(AzimuthalFigures f) {
        return (f.m() == 0 || f.m() == 1) && Double.isFinite(f.roverQ()) && f.roverQ() > 0;
    }

    /** The Q of a mode's resonator: Q_L with an external Q, Q0 otherwise. */
    public static double quality(AzimuthalFigures f) {
        return Double.isNaN(f.externalQ()) ? f.q0() : f.loadedQ();
    }
}
