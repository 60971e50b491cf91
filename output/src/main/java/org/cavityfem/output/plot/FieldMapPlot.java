package org.cavityfem.output.plot;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.cavityfem.mesh.geometry.Contour;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYDataset;

/**
 * A field quantity over the meridian plane as a colour map, with the cavity outline on top, at
 * equal scales on both axes (a millimetre along z is as long as a millimetre along r).
 *
 * <p>The quantity is sampled on a grid of {@value #PIXELS_PER_CELL} × {@value #PIXELS_PER_CELL}-pixel
 * cells of the plot area and drawn as an image placed in data coordinates (smoothed bilinearly to
 * the pixels), so the cells and the outline drawn by the chart line up.
 */
public final class FieldMapPlot {

    /** Largest plot area (px): long cavities fill the width, short ones the height. */
    static final int MAX_DATA_WIDTH = 1500;
    static final int MAX_DATA_HEIGHT = 620;
    /** Narrowest image (px), so that the title fits. */
    static final int MIN_WIDTH = 760;
    /**
     * Pixels per grid cell along each axis: 2 samples a quarter of the points of one per pixel (the
     * field evaluation is the costly part of a plot) and still resolves the field far more finely
     * than the elements.
     */
    static final int PIXELS_PER_CELL = 2;
    /** Space around the outline, as a fraction of the larger extent. */
    private static final double MARGIN = 0.02;

    private final ModeCaption caption;
    private final Contour contour;
    private final String quantity;
    private final boolean mirrored;
    private final double zMin;
    private final double zMax;
    private final double rMin;
    private final double rMax;
    private final int dataWidth;
    private final int dataHeight;

    /**
     * @param caption the mode and case
     * @param contour the cavity contour (m)
     * @param quantity what the colours show, with its unit, e.g. {@code "|E| (MV/m)"}
     * @param mirrored show the whole meridian plane (the half-plane and its mirror image below the axis)
     */
    public FieldMapPlot(ModeCaption caption, Contour contour, String quantity, boolean mirrored) {
        PlotStyle.headless();
        this.caption = caption;
        this.contour = contour;
        this.quantity = quantity;
        this.mirrored = mirrored;
        double[] box = BOUNDS.computeIfAbsent(contour, FieldMapPlot::bounds);
        double pad = MARGIN * Math.max(box[1] - box[0], box[3]);
        zMin = box[0] - pad;
        zMax = box[1] + pad;
        rMax = box[3] + pad;
        rMin = mirrored ? -rMax : 0;
        double scale = Math.min(MAX_DATA_WIDTH / (zMax - zMin), MAX_DATA_HEIGHT / (rMax - rMin));
        dataWidth = Math.max(1, (int) Math.round((zMax - zMin) * scale));
        dataHeight = Math.max(2, (int) Math.round((rMax - rMin) * scale));
    }

    /**
     * Samples {@code sampler} at the centres of cells of {@value #PIXELS_PER_CELL} pixels square.
     *
     * @param sampler the quantity (SI) at (z, r), NaN outside the cavity
     */
    public FieldGrid sample(FieldGrid.Sampler sampler) {
        return sampleCells((cell, z, r) -> sampler.at(z, r));
    }

    /** {@link #sample} with the cell's index passed to the sampler ({@link FieldGrid#sampleCells}). */
    public FieldGrid sampleCells(FieldGrid.CellSampler sampler) {
        int columns = Math.max(1, (int) Math.round((double) dataWidth / PIXELS_PER_CELL));
        int rows = Math.max(1, (int) Math.round((double) dataHeight / PIXELS_PER_CELL));
        // Mirrored: an even number of rows, so that the axis runs between two rows of cells.
        return FieldGrid.sampleCells(zMin, zMax, rMin, rMax, columns, mirrored ? rows + rows % 2 : rows, sampler);
    }

    /** The grid's extent, {zMin, zMax, rMin, rMax} (m), and cell size in pixels: what decides its cells. */
    List<Double> gridKey() {
        return List.of(zMin, zMax, rMin, rMax, (double) dataWidth, (double) dataHeight);
    }

    /**
     * The chart of a sampled quantity.
     *
     * @param grid the samples, from {@link #sample}
     * @param displayFactor multiplies the SI values into the unit named in the quantity label
     */
    public JFreeChart chart(FieldGrid grid, double displayFactor) {
        JFreeChart chart = frame(grid, displayFactor);
        addImage(chart, grid, displayFactor);
        return chart;
    }

    /** The chart with its outline, axes, titles and colour bar, still without the colour image. */
    private JFreeChart frame(FieldGrid grid, double displayFactor) {
        ColorMap colors = colors(grid, displayFactor);
        ContourOutline outline = new ContourOutline(contour, mirrored);
        NumberAxis zAxis = new NumberAxis("z (mm)");
        zAxis.setRange(zMin * PlotUnits.MM_PER_M, zMax * PlotUnits.MM_PER_M);
        NumberAxis rAxis = new NumberAxis("r (mm)");
        rAxis.setRange(rMin * PlotUnits.MM_PER_M, rMax * PlotUnits.MM_PER_M);
        XYPlot plot = new XYPlot(outline.dataset(), zAxis, rAxis, outline.renderer());
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = PlotStyle.chart(null, plot, false);
        outline.style();
        caption.applyTo(chart, quantity.replaceFirst("\\s*\\(.*\\)$", "") + (mirrored
                ? " over the meridian plane" : " over the meridian half-plane"));
        NumberAxis scaleAxis = new NumberAxis(quantity);
        scaleAxis.setRange(0, colors.getUpperBound());
        PlotStyle.plainNumbers(scaleAxis);
        scaleAxis.setLabelInsets(new RectangleInsets(4, 10, 4, 4));
        scaleAxis.setLabelFont(zAxis.getLabelFont());
        scaleAxis.setTickLabelFont(zAxis.getTickLabelFont());
        PaintScaleLegend legend = new PaintScaleLegend(colors, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(18);
        legend.setSubdivisionCount(256);
        legend.setMargin(new RectangleInsets(4, 18, 4, 4));
        legend.setBackgroundPaint(java.awt.Color.WHITE);
        chart.addSubtitle(legend);
        return chart;
    }

    /** The chart of a sampled quantity, sized for equal axis scales, named {@code name}. */
    public PlotChart chart(String name, FieldGrid grid, double displayFactor) {
        JFreeChart chart = frame(grid, displayFactor);
        int[] size = equalAspectSize(chart);
        addImage(chart, grid, displayFactor);
        return new PlotChart(name, chart, size[0], size[1]);
    }

    /** The chart of a sampled quantity rendered at equal axis scales, named {@code name}. */
    public PlotImage image(String name, FieldGrid grid, double displayFactor) {
        return chart(name, grid, displayFactor).render();
    }

    private static ColorMap colors(FieldGrid grid, double displayFactor) {
        double top = grid.max() * displayFactor;
        return new ColorMap(0, top > 0 ? top : 1);
    }

    /** Places the colour image of the grid under the outline, in data coordinates. */
    private static void addImage(JFreeChart chart, FieldGrid grid, double displayFactor) {
        XYPlot plot = chart.getXYPlot();
        plot.getRenderer().addAnnotation(new EmbeddedImageAnnotation(image(grid, colors(grid, displayFactor),
                displayFactor), grid.zMin() * PlotUnits.MM_PER_M, grid.rMin() * PlotUnits.MM_PER_M,
                (grid.zMax() - grid.zMin()) * PlotUnits.MM_PER_M, (grid.rMax() - grid.rMin()) * PlotUnits.MM_PER_M),
                Layer.BACKGROUND);
    }

    /**
     * Image width and height whose plot area has the aspect ratio of the data: lays the chart out
     * once to learn how much room titles, axes and colour bar take, then adds the plot area.
     *
     * <p>The trial drawing leaves out the outline and the chart entities: the axes' ranges are set,
     * so the outline's points move nothing, and only the plot area is read; drawing the outline's
     * segments and making an entity per point were about half of the trial (26 of its 55 samples in
     * a JFR profile of the 9-cell case).
     */
    int[] equalAspectSize(JFreeChart chart) {
        int trialWidth = dataWidth + 400;
        int trialHeight = dataHeight + 300;
        ChartRenderingInfo info = new ChartRenderingInfo(null);
        XYPlot plot = chart.getXYPlot();
        XYDataset outline = plot.getDataset();
        plot.setDataset(null);
        try {
            chart.draw(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics(),
                    new Rectangle2D.Double(0, 0, trialWidth, trialHeight), info);
        } finally {
            plot.setDataset(outline);
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        double extraWidth = trialWidth - area.getWidth();
        double extraHeight = trialHeight - area.getHeight();
        double width = Math.max(MIN_WIDTH, dataWidth + extraWidth);
        double plotWidth = width - extraWidth;
        double plotHeight = plotWidth * (rMax - rMin) / (zMax - zMin);
        return new int[] {(int) Math.round(width), (int) Math.round(plotHeight + extraHeight)};
    }

    private static BufferedImage image(FieldGrid grid, ColorMap colors, double displayFactor) {
        BufferedImage img = new BufferedImage(grid.columns(), grid.rows(), BufferedImage.TYPE_INT_ARGB);
        // The image's own pixel array, written directly: setRGB per pixel converts each one through the
        // colour model, which cost more than the colours themselves. TYPE_INT_ARGB holds 0xAARRGGBB,
        // what setRGB would store.
        int[] pixels = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        int columns = grid.columns();
        for (int j = 0; j < grid.rows(); j++) {
            int row = (grid.rows() - 1 - j) * columns;
            for (int i = 0; i < columns; i++) {
                double v = grid.value(i, j);
                pixels[row + i] = Double.isFinite(v) ? 0xFF000000 | colors.rgb(v * displayFactor) : 0;
            }
        }
        return img;
    }

    /**
     * The {@link #bounds} of the contours drawn, by instance (a contour has no equality of its
     * own): every mode of a mesh draws its map over the mesh's one contour, and sampling the
     * contour's curves again for each was a few per cent of the drawing threads' samples.
     */
    private static final Map<Contour, double[]> BOUNDS = Collections.synchronizedMap(new WeakHashMap<>());

    /** zMin, zMax, rMin, rMax of the contour's segments (m), from points along each. */
    private static double[] bounds(Contour contour) {
        double[] b = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (var segment : contour.segments()) {
            for (int i = 0; i <= 64; i++) {
                var p = segment.shape().pointAt(i / 64.0);
                b[0] = Math.min(b[0], p.z());
                b[1] = Math.max(b[1], p.z());
                b[2] = Math.min(b[2], p.r());
                b[3] = Math.max(b[3], p.r());
            }
        }
        return b;
    }
}
