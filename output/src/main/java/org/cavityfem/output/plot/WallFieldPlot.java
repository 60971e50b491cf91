package org.cavityfem.output.plot;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The wall fields against arc length: |H_t| (left axis) and |E_n| (right axis), with the peak of each
 * marked and its value and (z, r) location in the legend.
 */
public final class WallFieldPlot {

    /** Image size (px). */
    static final int WIDTH = 1100;
    static final int HEIGHT = 580;

    private WallFieldPlot() {
    }

    /**
     * The chart.
     *
     * @param caption the mode and case
     * @param wall the wall fields along the walls
     */
    public static JFreeChart chart(ModeCaption caption, WallCurve wall) {
        PlotStyle.headless();
        Color hColor = PlotStyle.series(0);
        Color eColor = PlotStyle.series(1);
        DefaultXYDataset hData = new DefaultXYDataset();
        hData.addSeries("|H_t|", curve(wall.arcLength(), wall.magneticField(), PlotUnits.KA_PER_M_PER_A_PER_M));
        addPeak(hData, "H_pk = %.4g kA/m", wall.magneticPeak(), PlotUnits.KA_PER_M_PER_A_PER_M);
        DefaultXYDataset eData = new DefaultXYDataset();
        eData.addSeries("|E_n|", curve(wall.arcLength(), wall.normalElectricField(), PlotUnits.MV_PER_M_PER_V_PER_M));
        addPeak(eData, "E_pk = %.4g MV/m", wall.electricPeak(), PlotUnits.MV_PER_M_PER_V_PER_M);

        NumberAxis sAxis = new NumberAxis(arcLengthLabel(wall));
        sAxis.setLowerMargin(0);
        sAxis.setUpperMargin(0);
        NumberAxis hAxis = new NumberAxis("|H_t| (kA/m)");
        NumberAxis eAxis = new NumberAxis("|E_n| (MV/m)");
        XYLineAndShapeRenderer hRenderer = new SeriesPathRenderer(true, true, true);
        XYLineAndShapeRenderer eRenderer = new SeriesPathRenderer(true, true, true);
        // The datasets last: each change of axes, renderers, datasets or their mapping has the plot
        // find its axes' ranges again, which reads every point of every dataset it then has. The
        // ranges come from the final arrangement either way.
        XYPlot plot = new XYPlot(null, sAxis, hAxis, hRenderer);
        plot.setRangeAxis(1, eAxis);
        plot.setRenderer(1, eRenderer);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setDataset(0, hData);
        plot.setDataset(1, eData);
        JFreeChart chart = PlotStyle.chart(null, plot, true);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        caption.applyTo(chart, "wall fields");
        style(hRenderer, hAxis, hColor, new Ellipse2D.Double(-6, -6, 12, 12));
        style(eRenderer, eAxis, eColor, new Rectangle2D.Double(-5.5, -5.5, 11, 11));
        return chart;
    }

    /** The chart rendered, named {@code name}. */
    public static PlotImage image(String name, ModeCaption caption, WallCurve wall) {
        return PlotImage.render(name, chart(caption, wall), WIDTH, HEIGHT);
    }

    /** The arc-length axis label, with where the wall starts when the first point is its start. */
    static String arcLengthLabel(WallCurve wall) {
        if (wall.arcLength()[0] != 0) {
            return "arc length along the wall (mm)";
        }
        return String.format(Locale.ROOT, "arc length along the wall from z = %.1f mm, r = %.1f mm (mm)",
                wall.z()[0] * PlotUnits.MM_PER_M, wall.r()[0] * PlotUnits.MM_PER_M);
    }

    /**
     * The points as a series of a {@link DefaultXYDataset}: its values are the arrays' doubles, read
     * without the boxing of an {@code XYSeries}, which the plot reads each time it finds its axes'
     * ranges and the renderer reads once more; the values, their order and so the chart are the same.
     */
    private static double[][] curve(double[] s, double[] field, double factor) {
        double[][] xy = new double[2][s.length];
        for (int i = 0; i < s.length; i++) {
            xy[0][i] = s[i] * PlotUnits.MM_PER_M;
            xy[1][i] = Math.abs(field[i]) * factor;
        }
        return xy;
    }

    /** A one-point series at the peak; its key, the legend entry, gives the value and the (z, r) location. */
    private static void addPeak(DefaultXYDataset data, String valueFormat, WallCurve.Peak peak, double factor) {
        data.addSeries(String.format(Locale.ROOT, valueFormat + " at z = %.1f mm, r = %.1f mm",
                peak.value() * factor, peak.z() * PlotUnits.MM_PER_M, peak.r() * PlotUnits.MM_PER_M),
                new double[][] {{peak.arcLength() * PlotUnits.MM_PER_M}, {peak.value() * factor}});
    }

    private static void style(XYLineAndShapeRenderer renderer, NumberAxis axis, Color color, Shape marker) {
        renderer.setSeriesPaint(0, color);
        renderer.setSeriesStroke(0, PlotStyle.LINE);
        renderer.setSeriesShapesVisible(0, false);
        renderer.setSeriesPaint(1, color);
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesShape(1, marker);
        axis.setLabelPaint(color);
        axis.setTickLabelPaint(color);
    }
}
