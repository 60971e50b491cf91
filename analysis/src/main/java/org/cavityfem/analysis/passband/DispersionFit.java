package org.cavityfem.analysis.passband;

/**
 * The coupled-oscillator dispersion relation fitted to a passband,
 * f(φ)² = f_0² + (f_π² − f_0²)(1 − cos φ)/2, linear in f_0² and f_π²: ordinary least squares
 * over the N modes with φ_m = mπ/N gives both ends of the band, f_0 at φ = 0 (a mode the finite
 * chain does not have) and f_π at φ = π.
 *
 * @param zeroModeFrequency f_0 of the fit (Hz)
 * @param piModeFrequency f_π of the fit (Hz)
 * @param rmsRelativeResidual root mean square of (f_fit − f)/f over the modes
 */
public record DispersionFit(double zeroModeFrequency, double piModeFrequency, double rmsRelativeResidual) {

    /**
     * Fits the relation.
     *
     * @param phases φ_m of the modes (rad)
     * @param frequencies their frequencies (Hz)
     * @throws IllegalArgumentException with fewer than two modes
     */
    public static DispersionFit of(double[] phases, double[] frequencies) {
        int n = phases.length;
        if (n < 2 || frequencies.length != n) {
            throw new IllegalArgumentException("a dispersion fit needs at least two modes with their phases");
        }
        // f² = x0 (1 − w) + xπ w with w = (1 − cos φ)/2: normal equations of the 2×2 problem.
        double s00 = 0, s01 = 0, s11 = 0, b0 = 0, b1 = 0;
        for (int i = 0; i < n; i++) {
            double w = (1 - Math.cos(phases[i])) / 2;
            double f2 = frequencies[i] * frequencies[i];
            s00 += (1 - w) * (1 - w);
            s01 += (1 - w) * w;
            s11 += w * w;
            b0 += (1 - w) * f2;
            b1 += w * f2;
        }
        double det = s00 * s11 - s01 * s01;
        double zero2 = (b0 * s11 - b1 * s01) / det;
        double pi2 = (s00 * b1 - s01 * b0) / det;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double w = (1 - Math.cos(phases[i])) / 2;
            double fit = Math.sqrt(zero2 * (1 - w) + pi2 * w);
            double rel = (fit - frequencies[i]) / frequencies[i];
            sum += rel * rel;
        }
        return new DispersionFit(Math.sqrt(zero2), Math.sqrt(pi2), Math.sqrt(sum / n));
    }

    /** Cell-to-cell coupling of the fitted band, 2(f_π − f_0)/(f_π + f_0). */
    public double coupling() {
        return CellCoupling.of(zeroModeFrequency, piModeFrequency);
    }
}
