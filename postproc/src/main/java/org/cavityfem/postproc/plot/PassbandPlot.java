package org.cavityfem.postproc.plot;

import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The modes of a passband of a multi-cell cavity: frequency against the cell-to-cell phase advance. */
public final class PassbandPlot {

    /** Image size (px). */
    static final int WIDTH = 900;
    static final int HEIGHT = 600;

    private PassbandPlot() {
    }

    /**
     * The chart.
     *
     * @param title chart title, e.g. {@code "tesla-9cell: TM010 passband"}
     * @param phaseAdvance cell-to-cell phase advance of each mode (rad), in [0, π]
     * @param frequency frequency of each mode (Hz)
     */
    public static JFreeChart chart(String title, double[] phaseAdvance, double[] frequency) {
        if (phaseAdvance.length != frequency.length) {
            throw new IllegalArgumentException(phaseAdvance.length + " phase advances and " + frequency.length
                    + " frequencies");
        }
        XYSeries modes = new XYSeries("modes", true, true);
        for (int i = 0; i < frequency.length; i++) {
            modes.add(Math.toDegrees(phaseAdvance[i]), frequency[i] * PlotUnits.MHZ_PER_HZ);
        }
        NumberAxis phaseAxis = new NumberAxis("phase advance per cell (degrees)");
        phaseAxis.setRange(0, 180);
        phaseAxis.setTickUnit(new NumberTickUnit(20));
        NumberAxis frequencyAxis = new NumberAxis("frequency (MHz)");
        frequencyAxis.setAutoRangeIncludesZero(false);
        frequencyAxis.setAutoRangeStickyZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        XYPlot plot = new XYPlot(new XYSeriesCollection(modes), phaseAxis, frequencyAxis, renderer);
        JFreeChart chart = PlotStyle.chart(title, plot, false);
        renderer.setSeriesPaint(0, PlotStyle.series(0));
        renderer.setSeriesStroke(0, PlotStyle.LINE);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        return chart;
    }

    /** The chart rendered, named {@code name}. */
    public static PlotImage image(String name, String title, double[] phaseAdvance, double[] frequency) {
        return PlotImage.render(name, chart(title, phaseAdvance, frequency), WIDTH, HEIGHT);
    }
}
