package org.cavityfem.output.plot;

import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The transit-time factor T against β, one line per stretch of the axis (the cavity, each cell). */
public final class TransitTimePlot {

    private TransitTimePlot() {
    }

    /**
     * The chart rendered.
     *
     * @param name file name without extension, e.g. {@code transit/TM010_T_beta}
     * @param title chart title
     * @param lines per region, the β values and T at them ({@code [beta[], t[]]})
     */
    public static PlotImage image(String name, String title, Map<String, double[][]> lines) {
        PlotStyle.headless();
        XYSeriesCollection data = new XYSeriesCollection();
        for (Map.Entry<String, double[][]> e : lines.entrySet()) {
            XYSeries s = new XYSeries(e.getKey(), true, true);
            for (int i = 0; i < e.getValue()[0].length; i++) {
                s.add(e.getValue()[0][i], e.getValue()[1][i]);
            }
            data.addSeries(s);
        }
        NumberAxis x = new NumberAxis("beta = v/c");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("T about the electrical centre");
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = PlotStyle.chart(title, plot, lines.size() > 1);
        for (int i = 0; i < lines.size(); i++) {
            renderer.setSeriesPaint(i, PlotStyle.series(i));
            renderer.setSeriesStroke(i, PlotStyle.LINE);
        }
        return PlotImage.render(name, chart, 900, 520);
    }
}
