package org.cavityfem.output.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.cavityfem.analysis.quantity.Decimal;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * One plot rendered to file contents: a PNG image and the same chart as an SVG document.
 *
 * @param name file name without extension, e.g. {@code mode_00_axis_field}
 * @param png the PNG file's bytes
 * @param svg the SVG document
 * @param width image width (px)
 * @param height image height (px)
 */
public record PlotImage(String name, byte[] png, String svg, int width, int height) {

    /** PNG file name, e.g. {@code mode_00_axis_field.png}. */
    public String pngFile() {
        return name + ".png";
    }

    /** SVG file name, e.g. {@code mode_00_axis_field.svg}. */
    public String svgFile() {
        return name + ".svg";
    }

    /** The SVG document as UTF-8 bytes. */
    public byte[] svgBytes() {
        return svg.getBytes(StandardCharsets.UTF_8);
    }

    /** Draws {@code chart} at {@code width} × {@code height} pixels as PNG and as SVG. */
    public static PlotImage render(String name, JFreeChart chart, int width, int height) {
        PlotStyle.headless();
        // Opaque RGB: the charts have a white background, and without an alpha channel the PNG is
        // smaller and quicker to encode.
        byte[] png = PngEncoder.encode(drawn(chart, width, height));
        StringBuilder body = new StringBuilder();
        SVGGraphics2D g = new SVGGraphics2D(width, height, null, body);
        // Coordinates to a hundredth of a pixel: a fifth of the file size of full double precision.
        g.setGeomDoubleConverter(PlotImage::hundredths);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        if (EmbeddedImageAnnotation.drawnBy(chart)) {
            EmbeddedImageAnnotation.restoreAspectRatio(body);
        }
        return new PlotImage(name, png, g.getSVGDocument(), width, height);
    }

    /**
     * The images of this thread, one per size, each drawn into by its charts in turn: a new one per
     * chart (what {@link JFreeChart#createBufferedImage(int, int, int, org.jfree.chart.ChartRenderingInfo)}
     * makes) is several megabytes the collector has to find room for, about 70 MB per run of the
     * 9-cell case, and one image for all sizes was made anew whenever the size changed, which a
     * mode's axis, wall and field-map charts do in turn. Cleared before each chart to the zeros a
     * new image starts from, so the pixels are the same; the PNG is encoded from it before the
     * thread draws the next chart of that size. The plots of a case have at most four sizes; a
     * fifth starts the set afresh.
     */
    private static final ThreadLocal<Map<Long, BufferedImage>> CANVAS = ThreadLocal.withInitial(HashMap::new);

    /** Sizes of images a thread keeps. */
    private static final int CANVAS_SIZES = 4;

    /** {@code chart} drawn as {@code createBufferedImage(width, height, TYPE_INT_RGB, null)} draws it. */
    static BufferedImage drawn(JFreeChart chart, int width, int height) {
        Map<Long, BufferedImage> canvases = CANVAS.get();
        long size = (long) width << 32 | height;
        BufferedImage image = canvases.get(size);
        if (image == null) {
            if (canvases.size() >= CANVAS_SIZES) {
                canvases.clear();
            }
            image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            canvases.put(size, image);
        } else {
            // Java2D's own fill, not Arrays.fill: a native loop, where the quick-start compiler's
            // code for Arrays.fill stores the ints one by one. Black is the pixel value 0.
            Graphics2D clear = image.createGraphics();
            clear.setColor(Color.BLACK);
            clear.fillRect(0, 0, width, height);
            clear.dispose();
        }
        Graphics2D g = image.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height), null, null);
        g.dispose();
        return image;
    }

    /**
     * {@code v} rounded to a hundredth, as the shortest text that reads back as the rounded value:
     * "12", "12.5", "-0.25". Below 10⁵ in magnitude (every coordinate of these plots) the digits are
     * written directly from the number of hundredths; the text is the same as {@link Double#toString}
     * gives for the rounded value (which prints such a value as its decimal digits without trailing
     * zeros: all 2·10⁷ such values were compared; {@code PlotImageTest} compares every one below 10⁴
     * and every 13th above). Larger values go through {@link Decimal#text}.
     */
    static String hundredths(double v) {
        long k = Math.round(v * 100);
        if (k > -DIRECT_HUNDREDTHS && k < DIRECT_HUNDREDTHS) {
            long units = Math.abs(k);
            int cents = (int) (units % 100);
            StringBuilder text = new StringBuilder(12);
            if (k < 0) {
                text.append('-');
            }
            text.append(units / 100);
            if (cents != 0) {
                text.append('.').append((char) ('0' + cents / 10));
                if (cents % 10 != 0) {
                    text.append((char) ('0' + cents % 10));
                }
            }
            return text.toString();
        }
        double r = k / 100.0;
        return r == Math.rint(r) && Math.abs(r) < 1e15 ? Long.toString((long) r) : Decimal.text(r);
    }

    /** Hundredths below which {@link #hundredths} writes the digits itself: 10⁵ px. */
    static final long DIRECT_HUNDREDTHS = 10_000_000L;
}
