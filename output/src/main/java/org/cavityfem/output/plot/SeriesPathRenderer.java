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
 * <p>With {@code thin}, each line leaves out the points {@link PixelThinning} finds the image cannot
 * show (the plots of result files); without, the path has every point.
 *
 * <p>Series and their lines must be visible or hidden as a whole (no per-item overrides), which is
 * how the plots of this package use them.
 */
final class SeriesPathRenderer extends XYLineAndShapeRenderer {

    private static final long serialVersionUID = 1L;

    private boolean thin;

    /**
     * @param lines draw the series' lines
     * @param shapes draw a marker at every item
     */
    SeriesPathRenderer(boolean lines, boolean shapes) {
        this(lines, shapes, false);
    }

    /**
     * @param lines draw the series' lines
     * @param shapes draw a marker at every item
     * @param thin leave out the points of each line the image cannot show ({@link PixelThinning})
     */
    SeriesPathRenderer(boolean lines, boolean shapes, boolean thin) {
        super(lines, shapes);
        this.thin = thin;
        setDrawSeriesLineAsPath(true);
    }

    /** Whether this renderer leaves out points the image cannot show. */
    boolean thins() {
        return thin;
    }

    /** Turns thinning on or off (tests draw a chart both ways). */
    void setThin(boolean thin) {
        this.thin = thin;
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
        int count = last - first + 1;
        float[] xs = new float[count];
        float[] ys = new float[count];
        int[] kept = thin ? new int[count] : null;
        GeneralPath path = new GeneralPath(GeneralPath.WIND_NON_ZERO, 2 * count);
        int runStart = 0;
        for (int k = 0; k <= count; k++) {
            boolean good = false;
            if (k < count) {
                int item = first + k;
                double transX = domainAxis.valueToJava2D(dataset.getXValue(series, item), dataArea, xEdge);
                double transY = rangeAxis.valueToJava2D(dataset.getYValue(series, item), dataArea, yEdge);
                good = !Double.isNaN(transX) && !Double.isNaN(transY);
                xs[k] = (float) (horizontal ? transY : transX);
                ys[k] = (float) (horizontal ? transX : transY);
            }
            if (!good) {
                // A gap (NaN) or the end: the run of good points before it is one sub-path.
                addRun(path, xs, ys, runStart, k, kept);
                runStart = k + 1;
            }
        }
        drawFirstPassShape(g2, pass, series, last, path);
    }

    /** Points {@code from..to-1} as a sub-path: all of them, or those {@link PixelThinning} keeps. */
    private static void addRun(GeneralPath path, float[] xs, float[] ys, int from, int to, int[] kept) {
        if (to <= from) {
            return;
        }
        if (kept == null) {
            path.moveTo(xs[from], ys[from]);
            for (int k = from + 1; k < to; k++) {
                path.lineTo(xs[k], ys[k]);
            }
            return;
        }
        int n = PixelThinning.keep(xs, ys, from, to, kept);
        path.moveTo(xs[kept[0]], ys[kept[0]]);
        for (int k = 1; k < n; k++) {
            path.lineTo(xs[kept[k]], ys[kept[k]]);
        }
    }
}
