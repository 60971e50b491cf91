package org.cavityfem.postproc.plot;

import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Error against problem size on log–log axes, one series per element order (or any other family). */
public final class ConvergencePlot {

    /** Image size (px). */
    static final int WIDTH = 900;
    static final int HEIGHT = 680;

    /**
     * One family of measurements.
     *
     * @param name legend entry, e.g. {@code "order 2"}
     * @param unknowns problem sizes (degrees of freedom)
     * @param error relative errors (dimensionless) at those sizes; zero and negative values are left out
     */
    public record Series(String name, double[] unknowns, double[] error) {

        public Series {
            if (unknowns.length != error.length) {
                throw new IllegalArgumentException(name + ": " + unknowns.length + " sizes and " + error.length
                        + " errors");
            }
        }
    }

    private ConvergencePlot() {
    }

    /**
     * The chart.
     *
     * @param title chart title
     * @param errorLabel what the error is, e.g. {@code "relative frequency error"}
     * @param series one line per family, in legend order
     */
    public static JFreeChart chart(String title, String errorLabel, List<Series> series) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Series s : series) {
            XYSeries xy = new XYSeries(s.name(), false, true);
            for (int i = 0; i < s.unknowns().length; i++) {
                if (s.error()[i] > 0 && s.unknowns()[i] > 0) {
                    xy.add(s.unknowns()[i], s.error()[i]);
                }
            }
            data.addSeries(xy);
        }
        LogAxis sizeAxis = new LogAxis("unknowns");
        sizeAxis.setSmallestValue(1);
        LogAxis errorAxis = new LogAxis(errorLabel);
        errorAxis.setSmallestValue(1e-300);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        XYPlot plot = new XYPlot(data, sizeAxis, errorAxis, renderer);
        JFreeChart chart = PlotStyle.chart(title, plot, true);
        chart.getLegend().setPosition(RectangleEdge.RIGHT);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, PlotStyle.series(i));
            renderer.setSeriesStroke(i, PlotStyle.LINE);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        }
        return chart;
    }

    /** The chart rendered, named {@code name}. */
    public static PlotImage image(String name, String title, String errorLabel, List<Series> series) {
        return PlotImage.render(name, chart(title, errorLabel, series), WIDTH, HEIGHT);
    }
}
