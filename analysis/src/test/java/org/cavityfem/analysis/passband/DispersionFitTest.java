package org.cavityfem.analysis.passband;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DispersionFitTest {

    /**
     * Frequencies drawn from the model itself, f_m² = f_0² + (f_π² − f_0²)(1 − cos(mπ/N))/2, are
     * fitted exactly: the fit returns f_0, f_π and k_cc = 2(f_π − f_0)/(f_π + f_0) to rounding.
     */
    @Test
    void recoversTheBandEndsOfExactModelData() {
        double f0 = 1.2766e9;
        double fpi = 1.3e9;
        int n = 9;
        double[] phases = new double[n];
        double[] f = new double[n];
        for (int m = 1; m <= n; m++) {
            phases[m - 1] = PhaseAdvance.phase(m, n);
            double w = (1 - Math.cos(phases[m - 1])) / 2;
            f[m - 1] = Math.sqrt(f0 * f0 + (fpi * fpi - f0 * f0) * w);
        }
        DispersionFit fit = DispersionFit.of(phases, f);
        assertEquals(f0, fit.zeroModeFrequency(), 1e-6 * 1e-3 * f0);
        assertEquals(fpi, fit.piModeFrequency(), 1e-6 * 1e-3 * fpi);
        assertEquals(0, fit.rmsRelativeResidual(), 1e-14);
        assertEquals(2 * (fpi - f0) / (fpi + f0), fit.coupling(), 1e-12);
    }

    @Test
    void couplingIsTheBandwidthOverTheMeanFrequency() {
        // 2(1.02 − 1)/(1.02 + 1) = 0.04/2.02.
        assertEquals(0.04 / 2.02, CellCoupling.of(1e9, 1.02e9), 1e-16);
    }
}
