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
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

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
        XYSeriesCollection hData = new XYSeriesCollection();
        hData.addSeries(curve("|H_t|", wall.arcLength(), wall.magneticField(), PlotUnits.KA_PER_M_PER_A_PER_M));
        hData.addSeries(peak("H_pk = %.4g kA/m", wall.magneticPeak(), PlotUnits.KA_PER_M_PER_A_PER_M));
        XYSeriesCollection eData = new XYSeriesCollection();
        eData.addSeries(curve("|E_n|", wall.arcLength(), wall.normalElectricField(),
                PlotUnits.MV_PER_M_PER_V_PER_M));
        eData.addSeries(peak("E_pk = %.4g MV/m", wall.electricPeak(), PlotUnits.MV_PER_M_PER_V_PER_M));

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

    private static XYSeries curve(String key, double[] s, double[] field, double factor) {
        XYSeries series = new XYSeries(key, false, true);
        for (int i = 0; i < s.length; i++) {
            // No change event per point: the series joins its dataset (and its listeners) afterwards.
            series.add(s[i] * PlotUnits.MM_PER_M, Math.abs(field[i]) * factor, false);
        }
        return series;
    }

    /** A one-point series at the peak; its legend entry gives the value and the (z, r) location. */
    private static XYSeries peak(String valueFormat, WallCurve.Peak peak, double factor) {
        XYSeries series = new XYSeries(String.format(Locale.ROOT, valueFormat + " at z = %.1f mm, r = %.1f mm",
                peak.value() * factor, peak.z() * PlotUnits.MM_PER_M, peak.r() * PlotUnits.MM_PER_M), false, true);
        series.add(peak.arcLength() * PlotUnits.MM_PER_M, peak.value() * factor);
        return series;
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
