package org.cavityfem.analysis.passband;

/**
 * The coupled-oscillator picture of an N-cell passband: mode m (1..N) has phase advance
 * φ_m = mπ/N from cell to cell and cell amplitudes proportional to sin(mπ(j − ½)/N), j = 1..N
 * (the chain closed by half-cell terminations, whose modes are standing waves with an antinode
 * of the cell amplitude pattern at each end).
 */
public final class PhaseAdvance {

    private PhaseAdvance() {
    }

    /** φ_m = mπ/N (rad). */
    public static double phase(int m, int cells) {
        return Math.PI * m / cells;
    }

    /** Cell amplitudes of mode m, normalised to unit length. */
    public static double[] pattern(int m, int cells) {
        double[] a = new double[cells];
        double norm = 0;
        for (int j = 0; j < cells; j++) {
            a[j] = Math.sin(Math.PI * m * (j + 0.5) / cells);
            norm += a[j] * a[j];
        }
        norm = Math.sqrt(norm);
        for (int j = 0; j < cells; j++) {
            a[j] /= norm;
        }
        return a;
    }

    /** |cos| of the angle between a cell amplitude vector and the pattern of mode m, in [0, 1]. */
    public static double match(double[] amplitudes, int m) {
        double[] p = pattern(m, amplitudes.length);
        double dot = 0;
        double norm = 0;
        for (int j = 0; j < amplitudes.length; j++) {
            dot += amplitudes[j] * p[j];
            norm += amplitudes[j] * amplitudes[j];
        }
        return norm > 0 ? Math.abs(dot) / Math.sqrt(norm) : 0;
    }

    /** Label of mode m: {@code TM010-pi/9}, {@code TM010-2pi/9}, ..., {@code TM010-8pi/9}, {@code TM010-pi}. */
    public static String label(int m, int cells) {
        if (m == cells) {
            return "TM010-pi";
        }
        return "TM010-" + (m == 1 ? "" : Integer.toString(m)) + "pi/" + cells;
    }
}
