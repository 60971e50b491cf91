package org.cavityfem.output.plot;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/** The accelerating field E_z(0, z) along the axis against z. */
public final class AxisFieldPlot {

    /** Image size (px). */
    static final int WIDTH = 1100;
    static final int HEIGHT = 520;

    private AxisFieldPlot() {
    }

    /**
     * The chart of E_z on the axis.
     *
     * @param caption the mode and case
     * @param z axial positions (m), ascending
     * @param axialField E_z at those positions (V/m)
     */
    public static JFreeChart chart(ModeCaption caption, double[] z, double[] axialField) {
        PlotStyle.headless();
        if (z.length != axialField.length) {
            throw new IllegalArgumentException("z and E_z differ in length: " + z.length + " and " + axialField.length);
        }
        // The values as arrays (DefaultXYDataset), read without boxing when the plot finds its axes'
        // ranges and when the renderer draws; the same values in the same order as an XYSeries held.
        double[][] xy = new double[2][z.length];
        for (int i = 0; i < z.length; i++) {
            xy[0][i] = z[i] * PlotUnits.MM_PER_M;
            xy[1][i] = axialField[i] * PlotUnits.MV_PER_M_PER_V_PER_M;
        }
        DefaultXYDataset data = new DefaultXYDataset();
        data.addSeries("E_z", xy);
        NumberAxis zAxis = new NumberAxis("z (mm)");
        zAxis.setAutoRangeIncludesZero(false);
        zAxis.setLowerMargin(0);
        zAxis.setUpperMargin(0);
        NumberAxis fieldAxis = new NumberAxis("E_z on the axis (MV/m)");
        XYLineAndShapeRenderer renderer = new SeriesPathRenderer(true, false, true);
        // The dataset after the axes: the plot finds the axes' ranges from its points once, not once
        // per axis as each is attached and again for the plot.
        XYPlot plot = new XYPlot(null, zAxis, fieldAxis, renderer);
        plot.setDataset(data);
        JFreeChart chart = PlotStyle.chart(null, plot, false);
        renderer.setSeriesPaint(0, PlotStyle.series(0));
        renderer.setSeriesStroke(0, PlotStyle.LINE);
        plot.addRangeMarker(new ValueMarker(0, Color.GRAY, PlotStyle.THIN));
        caption.applyTo(chart, "E_z on the axis");
        return chart;
    }

    /** The chart rendered, named {@code name}. */
    public static PlotImage image(String name, ModeCaption caption, double[] z, double[] axialField) {
        return PlotImage.render(name, chart(caption, z, axialField), WIDTH, HEIGHT);
    }
}
