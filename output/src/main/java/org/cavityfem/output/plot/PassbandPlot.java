package org.cavityfem.output.plot;

import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
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
     * The chart of the modes alone.
     *
     * @param title chart title, e.g. {@code "tesla-9cell: TM010 passband"}
     * @param phaseAdvance cell-to-cell phase advance of each mode (rad), in [0, π]
     * @param frequency frequency of each mode (Hz)
     */
    public static JFreeChart chart(String title, double[] phaseAdvance, double[] frequency) {
        return chart(title, phaseAdvance, frequency, null, null, null);
    }

    /**
     * The chart of the modes (markers) and a dispersion curve through them (a line).
     *
     * @param title chart title
     * @param phaseAdvance cell-to-cell phase advance of each mode (rad), in [0, π]
     * @param frequency frequency of each mode (Hz)
     * @param curveName legend entry of the curve, or null for no curve
     * @param curvePhase phase advances along the curve (rad)
     * @param curveFrequency frequencies along the curve (Hz)
     */
    public static JFreeChart chart(String title, double[] phaseAdvance, double[] frequency, String curveName,
            double[] curvePhase, double[] curveFrequency) {
        PlotStyle.headless();
        XYSeriesCollection data = new XYSeriesCollection(series("computed modes", phaseAdvance, frequency));
        if (curveName != null) {
            data.addSeries(series(curveName, curvePhase, curveFrequency));
        }
        NumberAxis phaseAxis = new NumberAxis("phase advance per cell (degrees)");
        phaseAxis.setRange(0, 180);
        phaseAxis.setTickUnit(new NumberTickUnit(20));
        NumberAxis frequencyAxis = new NumberAxis("frequency (MHz)");
        frequencyAxis.setAutoRangeIncludesZero(false);
        frequencyAxis.setAutoRangeStickyZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setDrawSeriesLineAsPath(true);
        XYPlot plot = new XYPlot(data, phaseAxis, frequencyAxis, renderer);
        JFreeChart chart = PlotStyle.chart(title, plot, curveName != null);
        if (curveName != null) {
            chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        }
        renderer.setSeriesPaint(0, PlotStyle.series(0));
        renderer.setSeriesLinesVisible(0, curveName == null);
        renderer.setSeriesStroke(0, PlotStyle.LINE);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
        renderer.setSeriesPaint(1, PlotStyle.series(1));
        renderer.setSeriesStroke(1, PlotStyle.THIN);
        renderer.setSeriesShapesVisible(1, false);
        return chart;
    }

    private static XYSeries series(String key, double[] phase, double[] frequency) {
        if (phase.length != frequency.length) {
            throw new IllegalArgumentException(phase.length + " phase advances and " + frequency.length
                    + " frequencies");
        }
        XYSeries s = new XYSeries(key, true, true);
        for (int i = 0; i < phase.length; i++) {
            s.add(Math.toDegrees(phase[i]), frequency[i] * PlotUnits.MHZ_PER_HZ);
        }
        return s;
    }

    /** A chart at this plot's size, named {@code name}. */
    public static PlotChart sized(String name, JFreeChart chart) {
        return new PlotChart(name, chart, WIDTH, HEIGHT);
    }
}
