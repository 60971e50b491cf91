package org.cavityfem.output.plot;

import java.awt.Graphics2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

/**
 * A line-and-shape renderer that draws each series' line as one path, built in one loop over the
 * series when the plot asks for its first item, instead of one call per item.
 *
 * <p>{@link XYLineAndShapeRenderer} with {@code drawSeriesLineAsPath} draws the same path: it adds
 * one point per call of {@code drawItem} and draws the path at the last item; with thousands of
 * points per curve (a wall trace has about 2 900) those calls, and the second pass that visits every
 * item again for markers nobody draws, cost more than drawing the path. Here the path has the same
 * points, in single precision as there, the same gaps at NaN and the same stroke and paint, so the
 * pixels and the SVG text are the same. Markers, item labels and chart entities (when the chart is
 * drawn with a {@code ChartRenderingInfo}) still go through the base class, item by item.
 *
 * <p>Series and their lines must be visible or hidden as a whole (no per-item overrides), which is
 * how the plots of this package use them.
 */
final class SeriesPathRenderer extends XYLineAndShapeRenderer {

    private static final long serialVersionUID = 1L;

    /**
     * @param lines draw the series' lines
     * @param shapes draw a marker at every item
     */
    SeriesPathRenderer(boolean lines, boolean shapes) {
        super(lines, shapes);
        setDrawSeriesLineAsPath(true);
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
            XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
            CrosshairState crosshairState, int pass) {
        if (isLinePass(pass)) {
            if (item == state.getFirstItemIndex() && getItemVisible(series, item)
                    && getItemLineVisible(series, item)) {
                drawSeriesPath(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, series, pass);
            }
            return;
        }
        boolean entities = info != null && info.getOwner() != null && info.getOwner().getEntityCollection() != null;
        if (entities || getItemShapeVisible(series, item) || isItemLabelVisible(series, item)) {
            super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
                    crosshairState, pass);
        }
    }

    /** The series' items from the state's first to its last as one path, as the base class builds it. */
    private void drawSeriesPath(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, XYPlot plot,
            ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int pass) {
        // The base class takes the edges of the plot's first axes, whichever axis the dataset is mapped to.
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
        int first = state.getFirstItemIndex();
        int last = state.getLastItemIndex();
        GeneralPath path = new GeneralPath(GeneralPath.WIND_NON_ZERO, 2 * (last - first + 1));
        boolean lastPointGood = false;
        for (int item = first; item <= last; item++) {
            double transX = domainAxis.valueToJava2D(dataset.getXValue(series, item), dataArea, xEdge);
            double transY = rangeAxis.valueToJava2D(dataset.getYValue(series, item), dataArea, yEdge);
            if (Double.isNaN(transX) || Double.isNaN(transY)) {
                lastPointGood = false;
                continue;
            }
            float x = (float) (horizontal ? transY : transX);
            float y = (float) (horizontal ? transX : transY);
            if (lastPointGood) {
                path.lineTo(x, y);
            } else {
                path.moveTo(x, y);
            }
            lastPointGood = true;
        }
        drawFirstPassShape(g2, pass, series, last, path);
    }
}
