package org.cavityfem.output.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

/**
 * Plots drawn from thinned curves ({@link PixelThinning}) against the same plots drawn from every
 * point, as PNG pixels and SVG size.
 *
 * <p>The curves are a 9-cell-like wall trace of 2 882 points (the tuned TESLA 9-cell's count) with
 * the features that could be lost: |sin| cusps at the field's zeros, one-point spikes (a corner's
 * sample), a peak 0.1 % of the wall wide, a step, and a nearly flat stretch. The bound asserted
 * follows from the tolerance and the rasteriser: the drawn line moves by at most 1/256 px
 * ({@link PixelThinning}), and Java2D's antialiasing rasteriser (Marlin) takes a pixel's coverage
 * from 8 sample rows; where an edge runs nearly along a row, so small a move can still carry the
 * edge across that row's centre, which changes the pixel by up to that row's share, 1/8 of full
 * coverage (32 levels of 255). Nothing moves further than a pixel from the curves. Measured here:
 * 16 levels on the wall plot (its flat stretch), 2 on the axis plot; on the tuned 9-cell's plots
 * 23 levels at most, on 0.28 % of their pixels.
 */
class PixelThinningTest {

    /** One of the rasteriser's 8 sample rows of a pixel: 255 / 8, rounded up. */
    private static final int LEVELS = 32;

    @Test
    void wallPlotDrawsTheSamePixelsWithinOneSampleRowOnTheCurvesOnly() {
        JFreeChart chart = WallFieldPlot.chart(caption(), wall());
        Comparison c = compare(chart, WallFieldPlot.WIDTH, WallFieldPlot.HEIGHT);
        assertTrue(c.maxLevels <= LEVELS, "largest difference " + c.maxLevels + " levels");
        assertEquals(0, c.offCurve, "pixels changed more than a pixel away from the curves");
        // The SVG has the thinned path: at least a quarter shorter.
        assertTrue(c.thinSvg < 0.75 * c.fullSvg, "SVG " + c.fullSvg + " -> " + c.thinSvg + " characters");
    }

    @Test
    void axisPlotDrawsTheSamePixelsWithinOneSampleRowOnTheCurveOnly() {
        WallCurve wall = wall();
        JFreeChart chart = AxisFieldPlot.chart(caption(), wall.arcLength(), wall.normalElectricField());
        Comparison c = compare(chart, AxisFieldPlot.WIDTH, AxisFieldPlot.HEIGHT);
        assertTrue(c.maxLevels <= LEVELS, "largest difference " + c.maxLevels + " levels");
        assertEquals(0, c.offCurve, "pixels changed more than a pixel away from the curve");
        assertTrue(c.thinSvg < 0.75 * c.fullSvg, "SVG " + c.fullSvg + " -> " + c.thinSvg + " characters");
    }

    /** The plots of result files thin their curves. */
    @Test
    void resultPlotsThin() {
        WallCurve wall = wall();
        for (JFreeChart chart : new JFreeChart[] {WallFieldPlot.chart(caption(), wall),
                AxisFieldPlot.chart(caption(), wall.arcLength(), wall.magneticField())}) {
            XYPlot plot = chart.getXYPlot();
            for (int i = 0; i < plot.getRendererCount(); i++) {
                assertTrue(((SeriesPathRenderer) plot.getRenderer(i)).thins());
            }
        }
    }

    /** Straight runs collapse to their ends; a point off the chord by more than the tolerance stays. */
    @Test
    void keepsTheEndsOfStraightRunsAndEveryPointOffTheChord() {
        float[] x = new float[9];
        float[] y = new float[9];
        for (int i = 0; i < 9; i++) {
            x[i] = i;
            y[i] = i < 5 ? 0 : i - 4;
        }
        int[] keep = new int[9];
        int n = PixelThinning.keep(x, y, 0, 9, keep);
        assertArrayEquals(new int[] {0, 4, 8}, java.util.Arrays.copyOf(keep, n));
        y[2] = 1.5f * PixelThinning.TOLERANCE;
        n = PixelThinning.keep(x, y, 0, 9, keep);
        assertArrayEquals(new int[] {0, 2, 4, 8}, java.util.Arrays.copyOf(keep, n), "the bump at 2 stays");
        y[2] = 0.5f * PixelThinning.TOLERANCE;
        n = PixelThinning.keep(x, y, 0, 9, keep);
        assertArrayEquals(new int[] {0, 4, 8}, java.util.Arrays.copyOf(keep, n), "a bump within the tolerance goes");
    }

    private static ModeCaption caption() {
        return new ModeCaption("synthetic", "TM010-pi", 1.3e9, "E_acc = 1 MV/m");
    }

    private static WallCurve wall() {
        int n = 2882;
        double[] s = new double[n];
        double[] z = new double[n];
        double[] r = new double[n];
        double[] h = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            double u = i / (n - 1.0);
            // Unevenly spaced, as wall samples are denser on the irises.
            s[i] = 1.3 * (u + 0.02 * Math.sin(40 * u));
            z[i] = s[i];
            r[i] = 0.1;
            h[i] = 3e4 * Math.abs(Math.sin(9 * Math.PI * u)) * (1 + 0.3 * u) + (i % 320 == 7 ? 2e4 : 0);
            // A nearly flat stretch (a field close to zero along a long wall): edges that run along
            // the rasteriser's sample rows.
            if (u > 0.6 && u < 0.7) {
                h[i] = 500 + 300 * (u - 0.6);
            }
            e[i] = 2e7 * Math.abs(Math.cos(9 * Math.PI * u)) + 1e7 * Math.exp(-Math.pow((u - 0.51) / 0.001, 2))
                    + (u > 0.8 ? 5e6 : 0);
        }
        return WallCurve.ofSamples(s, z, r, h, e);
    }

    private record Comparison(int maxLevels, int offCurve, int fullSvg, int thinSvg) {
    }

    private static Comparison compare(JFreeChart chart, int width, int height) {
        setThin(chart, false);
        int[] full = pixels(chart, width, height);
        int fullSvg = svg(chart, width, height).length();
        setThin(chart, true);
        int[] thin = pixels(chart, width, height);
        int thinSvg = svg(chart, width, height).length();
        // The pixels the curves touch: those that change when the curves' lines are hidden.
        XYPlot plot = chart.getXYPlot();
        for (int i = 0; i < plot.getRendererCount(); i++) {
            plot.getRenderer(i).setSeriesVisible(0, false);
        }
        int[] without = pixels(chart, width, height);
        int max = 0;
        int offCurve = 0;
        for (int i = 0; i < full.length; i++) {
            int d = 0;
            for (int shift = 0; shift < 24; shift += 8) {
                d = Math.max(d, Math.abs(((full[i] >> shift) & 255) - ((thin[i] >> shift) & 255)));
            }
            max = Math.max(max, d);
            if (d > 0 && !nearCurve(full, without, i % width, i / width, width, height)) {
                offCurve++;
            }
        }
        return new Comparison(max, offCurve, fullSvg, thinSvg);
    }

    /**
     * Whether the curves touch pixel (x, y) or one of its eight neighbours: a pixel where the full
     * curve's antialiased edge is just below one level may get one from the thinned curve.
     */
    private static boolean nearCurve(int[] full, int[] without, int x, int y, int width, int height) {
        for (int j = Math.max(0, y - 1); j <= Math.min(height - 1, y + 1); j++) {
            for (int i = Math.max(0, x - 1); i <= Math.min(width - 1, x + 1); i++) {
                if (full[j * width + i] != without[j * width + i]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void setThin(JFreeChart chart, boolean thin) {
        XYPlot plot = chart.getXYPlot();
        for (int i = 0; i < plot.getRendererCount(); i++) {
            XYItemRenderer renderer = plot.getRenderer(i);
            ((SeriesPathRenderer) renderer).setThin(thin);
        }
    }

    private static int[] pixels(JFreeChart chart, int width, int height) {
        return PlotImage.drawn(chart, width, height).getRGB(0, 0, width, height, null, 0, width);
    }

    private static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setGeomDoubleConverter(PlotImage::hundredths);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGElement();
    }
}
