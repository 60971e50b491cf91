package org.cavityfem.output.plot;

import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
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
    /** At most this many labelled decades per axis. */
    private static final int MAX_DECADE_LABELS = 12;

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
        PlotStyle.headless();
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
        LogAxis sizeAxis = decades("unknowns", data.getDomainLowerBound(false), data.getDomainUpperBound(false));
        LogAxis errorAxis = decades(errorLabel, data.getRangeLowerBound(false), data.getRangeUpperBound(false));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setDrawSeriesLineAsPath(true);
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

    /**
     * A log axis over whole decades with a label at every decade (every second or third one when
     * there are many) and unlabelled marks in between.
     */
    private static LogAxis decades(String label, double min, double max) {
        LogAxis axis = new LogAxis(label);
        if (!(min > 0) || !(max >= min)) {
            return axis;
        }
        double low = Math.floor(Math.log10(min));
        double high = Math.max(low + 1, Math.ceil(Math.log10(max)));
        axis.setRange(Math.pow(10, low), Math.pow(10, high));
        axis.setTickUnit(new NumberTickUnit(Math.ceil((high - low) / MAX_DECADE_LABELS)), false, true);
        axis.setMinorTickCount(9);
        axis.setMinorTickMarksVisible(true);
        return axis;
    }

    /** The chart rendered, named {@code name}. */
    public static PlotImage image(String name, String title, String errorLabel, List<Series> series) {
        return PlotImage.render(name, chart(title, errorLabel, series), WIDTH, HEIGHT);
    }
}
