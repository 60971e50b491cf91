package org.cavityfem.output.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cavityfem.analysis.passband.DispersionFit;
import org.cavityfem.analysis.passband.Passband;
import org.cavityfem.analysis.passband.PassbandMode;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

/**
 * The passband plot of a 3-cell chain whose modes follow the coupled-oscillator relation exactly,
 * f(φ)² = f_0² + (f_π² − f_0²)(1 − cos φ)/2 at φ = mπ/3: the fit returns f_0 and f_π, and the
 * plotted curve runs from f_0 at 0° to f_π at 180° through every mode.
 */
class PassbandPlotsTest {

    private static final double F0 = 1.276e9;
    private static final double FPI = 1.300e9;

    private static double relation(double phi) {
        double w = (1 - Math.cos(phi)) / 2;
        return Math.sqrt(F0 * F0 * (1 - w) + FPI * FPI * w);
    }

    @Test
    void modesAndFittedCurveInDegreesAndMegahertz() {
        List<PassbandMode> modes = new ArrayList<>();
        double[] phases = new double[3];
        double[] freqs = new double[3];
        for (int m = 1; m <= 3; m++) {
            phases[m - 1] = m * Math.PI / 3;
            freqs[m - 1] = relation(phases[m - 1]);
            modes.add(new PassbandMode(m - 1, m, "TM010-" + m + "pi/3", freqs[m - 1], 1));
        }
        Passband band = new Passband(3, modes, DispersionFit.of(phases, freqs), new double[] {0.9, 1, 0.95},
                Optional.empty());
        PlotChart chart = PassbandPlots.of("chain", band);
        assertEquals("passband", chart.name());
        XYPlot plot = chart.chart().getXYPlot();
        assertArrayEquals(new double[] {60, 120, 180}, LinePlotsTest.xs(plot.getDataset(), 0), 1e-9);
        assertArrayEquals(PlotUnits.scaled(freqs, 1e-6), LinePlotsTest.ys(plot.getDataset(), 0), 1e-9);
        double[] curve = LinePlotsTest.ys(plot.getDataset(), 1);
        assertEquals(F0 * 1e-6, curve[0], 1e-6);
        assertEquals(FPI * 1e-6, curve[curve.length - 1], 1e-6);
        assertEquals(String.format(java.util.Locale.ROOT,
                "cell-to-cell coupling k_cc = %.3f %%, π-mode field flatness 90.0 %%", 200 * (FPI - F0) / (FPI + F0)),
                ((TextTitle) chart.chart().getSubtitle(0)).getText());
        PlotImage image = chart.render();
        PlotFiles.decodePng(image);
        PlotFiles.parseSvg(image);
    }
}
