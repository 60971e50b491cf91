package org.cavityfem.output.plot;

import java.util.List;
import java.util.Locale;
import org.cavityfem.analysis.passband.DispersionFit;
import org.cavityfem.analysis.passband.Passband;
import org.cavityfem.analysis.passband.PassbandMode;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;

/**
 * The passband of a multi-cell cavity as a plot: the computed modes at phase advances mπ/N and
 * the coupled-oscillator relation fitted to them, f(φ)² = f_0² + (f_π² − f_0²)(1 − cos φ)/2
 * ({@link DispersionFit}), with the cell-to-cell coupling in the subtitle.
 */
public final class PassbandPlots {

    /** File name of the passband plot. */
    public static final String NAME = "passband";
    /** Points along the fitted curve. */
    private static final int CURVE_POINTS = 181;

    private PassbandPlots() {
    }

    /** The passband chart of a case. */
    public static PlotChart of(String caseName, Passband passband) {
        PlotStyle.headless();
        List<PassbandMode> modes = passband.modes();
        double[] phase = new double[modes.size()];
        double[] frequency = new double[modes.size()];
        for (int i = 0; i < phase.length; i++) {
            phase[i] = modes.get(i).phaseNumber() * Math.PI / passband.cells();
            frequency[i] = modes.get(i).frequency();
        }
        DispersionFit fit = passband.dispersion();
        double f0 = fit.zeroModeFrequency();
        double fPi = fit.piModeFrequency();
        double[] curvePhase = new double[CURVE_POINTS];
        double[] curveFrequency = new double[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            curvePhase[i] = Math.PI * i / (CURVE_POINTS - 1);
            double w = (1 - Math.cos(curvePhase[i])) / 2;
            curveFrequency[i] = Math.sqrt(f0 * f0 * (1 - w) + fPi * fPi * w);
        }
        JFreeChart chart = PassbandPlot.chart(String.format(Locale.ROOT, "%s: TM010 passband of %d cells",
                caseName, passband.cells()), phase, frequency, "coupled-oscillator fit", curvePhase, curveFrequency);
        chart.addSubtitle(0, new TextTitle(String.format(Locale.ROOT,
                "cell-to-cell coupling k_cc = %.3f %%, π-mode field flatness %.1f %%",
                passband.coupling() * 100, passband.fieldFlatness() * 100), PlotStyle.subtitleFont()));
        return PassbandPlot.sized(NAME, chart);
    }
}
