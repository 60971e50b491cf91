package org.cavityfem.output.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

/**
 * The renderer that builds each series' path in one loop draws what the library's own renderer
 * draws with {@code drawSeriesLineAsPath}: the same pixels, the same SVG, the same chart entities.
 */
class SeriesPathRendererTest {

    @Test
    void drawsTheSamePixelsAndSvgAsTheLibrarysPathRenderer() {
        for (boolean mirroredAxis : new boolean[] {false, true}) {
            JFreeChart library = chart(library(), mirroredAxis);
            JFreeChart ours = chart(new SeriesPathRenderer(true, true), mirroredAxis);
            assertArrayEquals(pixels(library), pixels(ours), "pixels, second axis " + mirroredAxis);
            assertEquals(svg(library), svg(ours), "SVG, second axis " + mirroredAxis);
        }
    }

    @Test
    void recordsTheSameEntitiesWhenTheChartIsDrawnWithRenderingInfo() {
        assertEquals(entities(chart(library(), true)), entities(chart(new SeriesPathRenderer(true, true), true)));
    }

    @Test
    void theComparisonSeesADifferentPath() {
        // The comparison above would notice: a chart whose curve differs in one point has other pixels.
        JFreeChart library = chart(library(), false);
        JFreeChart ours = chart(new SeriesPathRenderer(true, true), false);
        ((XYSeriesCollection) ours.getXYPlot().getDataset()).getSeries(0).updateByIndex(7, 1.5);
        assertFalse(Arrays.equals(pixels(library), pixels(ours)));
    }

    private static XYLineAndShapeRenderer library() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setDrawSeriesLineAsPath(true);
        return renderer;
    }

    /**
     * A curve of 400 points with a gap (NaN), a one-point marker series, and optionally a second
     * dataset on a right-hand axis drawn by a second renderer of the same kind.
     */
    private static JFreeChart chart(XYLineAndShapeRenderer renderer, boolean secondAxis) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries curve = new XYSeries("curve", false, true);
        for (int i = 0; i < 400; i++) {
            curve.add(i * 0.25, i == 150 ? Double.NaN : Math.sin(i * 0.05) * Math.exp(-i / 300.0));
        }
        data.addSeries(curve);
        XYSeries peak = new XYSeries("peak", false, true);
        peak.add(30, 0.9);
        data.addSeries(peak);
        XYPlot plot = new XYPlot(data, new NumberAxis("x"), new NumberAxis("y"), renderer);
        style(renderer);
        if (secondAxis) {
            XYSeriesCollection other = new XYSeriesCollection();
            XYSeries s = new XYSeries("other", false, true);
            for (int i = 0; i < 300; i++) {
                s.add(i * 0.33, 50 + 20 * Math.cos(i * 0.07));
            }
            other.addSeries(s);
            XYLineAndShapeRenderer second = renderer instanceof SeriesPathRenderer
                    ? new SeriesPathRenderer(true, true) : library();
            plot.setRangeAxis(1, new NumberAxis("other"));
            plot.setDataset(1, other);
            plot.setRenderer(1, second);
            plot.mapDatasetToRangeAxis(1, 1);
            second.setSeriesPaint(0, PlotStyle.series(1));
            second.setSeriesStroke(0, PlotStyle.LINE);
            second.setSeriesShapesVisible(0, false);
        }
        return PlotStyle.chart("series paths", plot, true);
    }

    private static void style(XYLineAndShapeRenderer renderer) {
        renderer.setSeriesPaint(0, PlotStyle.series(0));
        renderer.setSeriesStroke(0, PlotStyle.LINE);
        renderer.setSeriesShapesVisible(0, false);
        renderer.setSeriesPaint(1, PlotStyle.series(0));
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesShape(1, new Ellipse2D.Double(-6, -6, 12, 12));
    }

    private static int[] pixels(JFreeChart chart) {
        BufferedImage image = chart.createBufferedImage(640, 360, BufferedImage.TYPE_INT_RGB, null);
        return image.getRGB(0, 0, 640, 360, null, 0, 640);
    }

    private static String svg(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(640, 360);
        chart.draw(g, new Rectangle2D.Double(0, 0, 640, 360));
        // Clip paths are named after the time the document was made.
        return g.getSVGElement().replaceAll("_\\d+clip", "_clip");
    }

    private static int entities(JFreeChart chart) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.createBufferedImage(640, 360, BufferedImage.TYPE_INT_RGB, info);
        return info.getEntityCollection().getEntityCount();
    }
}
