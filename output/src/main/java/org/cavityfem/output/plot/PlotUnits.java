package org.cavityfem.output.plot;

/**
 * Display units of the plots. Data stay in SI until a plot multiplies them by one of these factors;
 * the axis label names the unit.
 */
final class PlotUnits {

    /** Metres to millimetres. */
    static final double MM_PER_M = 1e3;
    /** V/m to MV/m. */
    static final double MV_PER_M_PER_V_PER_M = 1e-6;
    /** A/m to kA/m. */
    static final double KA_PER_M_PER_A_PER_M = 1e-3;
    /** Hz to MHz. */
    static final double MHZ_PER_HZ = 1e-6;

    private PlotUnits() {
    }

    /** Every value of {@code si} times {@code factor}. */
    static double[] scaled(double[] si, double factor) {
        double[] out = new double[si.length];
        for (int i = 0; i < si.length; i++) {
            out[i] = si[i] * factor;
        }
        return out;
    }
}
