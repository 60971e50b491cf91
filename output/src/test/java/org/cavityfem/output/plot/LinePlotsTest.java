package org.cavityfem.output.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The line charts hand the library exactly their data, in the units their axis labels name. */
class LinePlotsTest {

    private static final ModeCaption CAPTION = new ModeCaption("box", "TM0-1", 1.3e9, "stored energy 1 J");

    @Test
    void axisFieldPlotShowsTheProfileInMillimetresAndMegavoltsPerMetre() {
        double[] z = {-0.05, 0, 0.05};
        double[] ez = {1e6, 3e6, -2e6};
        JFreeChart chart = AxisFieldPlot.chart(CAPTION, z, ez);
        XYPlot plot = chart.getXYPlot();
        assertArrayEquals(new double[] {-50, 0, 50}, xs(plot.getDataset(), 0), 1e-12);
        assertArrayEquals(new double[] {1, 3, -2}, ys(plot.getDataset(), 0), 1e-12);
        assertEquals("z (mm)", plot.getDomainAxis().getLabel());
        assertEquals("E_z on the axis (MV/m)", plot.getRangeAxis().getLabel());
        assertEquals("box TM0-1, 1300.00 MHz: E_z on the axis", chart.getTitle().getText());
    }

    @Test
    void renderedPlotsAreValidPngAndSvg() {
        PlotImage image = AxisFieldPlot.image("axis", CAPTION, new double[] {0, 0.1}, new double[] {0, 1e6});
        PlotFiles.decodePng(image);
        PlotFiles.parseSvg(image);
        assertEquals("axis.png", image.pngFile());
        assertEquals("axis.svg", image.svgFile());
    }

    @Test
    void wallPlotMarksBothPeaksWithTheirLocations() {
        WallCurve wall = WallCurve.ofSamples(new double[] {0, 0.01, 0.02, 0.03}, new double[] {0.1, 0.11, 0.12, 0.13},
                new double[] {0.05, 0.06, 0.07, 0.08}, new double[] {100, -4000, 200, 300},
                new double[] {1e6, 2e6, 5e6, -3e6});
        assertEquals(new WallCurve.Peak(0.01, 0.11, 0.06, 4000), wall.magneticPeak());
        assertEquals(new WallCurve.Peak(0.02, 0.12, 0.07, 5e6), wall.electricPeak());
        XYPlot plot = WallFieldPlot.chart(CAPTION, wall).getXYPlot();
        assertArrayEquals(new double[] {0.1, 4, 0.2, 0.3}, ys(plot.getDataset(0), 0), 1e-12);
        assertArrayEquals(new double[] {10}, xs(plot.getDataset(0), 1), 1e-12);
        assertArrayEquals(new double[] {4}, ys(plot.getDataset(0), 1), 1e-12);
        assertEquals("H_pk = 4.000 kA/m at z = 110.0 mm, r = 60.0 mm", plot.getDataset(0).getSeriesKey(1));
        assertArrayEquals(new double[] {1, 2, 5, 3}, ys(plot.getDataset(1), 0), 1e-12);
        assertEquals("E_pk = 5.000 MV/m at z = 120.0 mm, r = 70.0 mm", plot.getDataset(1).getSeriesKey(1));
        assertEquals("|E_n| (MV/m)", plot.getRangeAxis(1).getLabel());
        assertEquals("arc length along the wall from z = 100.0 mm, r = 50.0 mm (mm)", plot.getDomainAxis().getLabel());
        assertEquals(1, plot.getRangeAxisIndex(plot.getRangeAxisForDataset(1)));
    }

    @Test
    void convergencePlotIsLogLogWithOneSeriesPerOrderAndDropsZeroErrors() {
        List<ConvergencePlot.Series> series = List.of(
                new ConvergencePlot.Series("order 1", new double[] {100, 400, 1600}, new double[] {1e-3, 2.5e-4, 0}),
                new ConvergencePlot.Series("order 4", new double[] {120, 500}, new double[] {1e-9, 1e-13}));
        XYPlot plot = ConvergencePlot.chart("bench", "relative error", series).getXYPlot();
        assertInstanceOf(LogAxis.class, plot.getDomainAxis());
        assertInstanceOf(LogAxis.class, plot.getRangeAxis());
        assertEquals(2, plot.getDataset().getSeriesCount());
        assertEquals("order 4", plot.getDataset().getSeriesKey(1));
        assertArrayEquals(new double[] {100, 400}, xs(plot.getDataset(), 0), 0);
        assertArrayEquals(new double[] {1e-9, 1e-13}, ys(plot.getDataset(), 1), 0);
        PlotImage image = ConvergencePlot.image("conv", "bench", "relative error", series);
        PlotFiles.decodePng(image);
        PlotFiles.parseSvg(image);
    }

    @Test
    void passbandPlotShowsDegreesAndMegahertz() {
        double[] phase = {Math.PI, Math.PI / 2, 0};
        double[] f = {1.3e9, 1.29e9, 1.276e9};
        XYPlot plot = PassbandPlot.chart("p", phase, f).getXYPlot();
        // Sorted by phase advance, so the line runs from the 0-mode to the pi-mode.
        assertArrayEquals(new double[] {0, 90, 180}, xs(plot.getDataset(), 0), 1e-12);
        assertArrayEquals(new double[] {1276, 1290, 1300}, ys(plot.getDataset(), 0), 1e-9);
        assertTrue(plot.getDomainAxis().getLabel().contains("(degrees)"));
        assertThrows(IllegalArgumentException.class, () -> PassbandPlot.chart("p", phase, new double[] {1}));
        XYPlot withFit = PassbandPlot.chart("p", phase, f, "fit", new double[] {0, Math.PI},
                new double[] {1.275e9, 1.3e9}).getXYPlot();
        assertEquals(2, withFit.getDataset().getSeriesCount());
        assertArrayEquals(new double[] {1275, 1300}, ys(withFit.getDataset(), 1), 1e-9);
    }

    static double[] xs(XYDataset data, int series) {
        double[] out = new double[data.getItemCount(series)];
        for (int i = 0; i < out.length; i++) {
            out[i] = data.getXValue(series, i);
        }
        return out;
    }

    static double[] ys(XYDataset data, int series) {
        double[] out = new double[data.getItemCount(series)];
        for (int i = 0; i < out.length; i++) {
            out[i] = data.getYValue(series, i);
        }
        return out;
    }
}
