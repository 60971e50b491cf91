package org.cavityfem.output.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Base64;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYDataImageAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * An image placed in data coordinates whose SVG form is a PNG encoded by {@link PngEncoder}.
 *
 * <p>JFreeSVG embeds an image through ImageIO's PNG writer, which tries all five filters on every
 * row and deflates hard: for the 9-cell case's field maps that was about a tenth of the drawing's
 * CPU time. Here the image is encoded once, by the fast encoder, and handed to JFreeSVG as the
 * {@code data:} address of an image it references ({@link SVGHints#KEY_IMAGE_HREF}), which it writes
 * as given. A referenced image's element lacks the {@code preserveAspectRatio='none'} that an
 * embedded one has (without it an image whose aspect ratio differs a little from its rectangle's
 * would be scaled uniformly and centred); {@link #restoreAspectRatio} puts it back where JFreeSVG
 * puts it, so the element is the one JFreeSVG writes when it embeds the image itself, with another
 * PNG encoding of the same pixels. Raster outputs draw the image as the base class does.
 */
final class EmbeddedImageAnnotation extends XYDataImageAnnotation {

    private static final long serialVersionUID = 1L;

    /** How a referenced image's element starts when its address is a PNG of this class. */
    private static final String REFERENCED = "<image xlink:href='" + "data:image/png;base64,";

    /** What JFreeSVG writes after {@code <image} when it embeds an image itself. */
    private static final String ASPECT_RATIO = " preserveAspectRatio='none'";

    /** The PNG's {@code data:} address, made when first drawn into an SVG. */
    private transient String href;

    /**
     * @param image the image, {@link BufferedImage#TYPE_INT_RGB} or {@code TYPE_INT_ARGB} for the fast encoder
     * @param x the left edge (data units)
     * @param y the bottom edge (data units)
     * @param w the width (data units)
     * @param h the height (data units)
     */
    EmbeddedImageAnnotation(BufferedImage image, double x, double y, double w, double h) {
        super(image, x, y, w, h, false);
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        if (!(g2 instanceof SVGGraphics2D)) {
            super.draw(g2, plot, dataArea, domainAxis, rangeAxis, rendererIndex, info);
            return;
        }
        Object handling = g2.getRenderingHint(SVGHints.KEY_IMAGE_HANDLING);
        g2.setRenderingHint(SVGHints.KEY_IMAGE_HANDLING, SVGHints.VALUE_IMAGE_HANDLING_REFERENCE);
        // Used by the next image only: the one the base class draws.
        g2.setRenderingHint(SVGHints.KEY_IMAGE_HREF, href());
        try {
            super.draw(g2, plot, dataArea, domainAxis, rangeAxis, rendererIndex, info);
        } finally {
            // No hint is what JFreeSVG takes as embedding, which cannot be set back as a value.
            g2.setRenderingHint(SVGHints.KEY_IMAGE_HANDLING,
                    handling != null ? handling : SVGHints.VALUE_IMAGE_HANDLING_EMBED);
            g2.setRenderingHint(SVGHints.KEY_IMAGE_HREF, null);
        }
    }

    private String href() {
        if (href == null) {
            href = "data:image/png;base64,"
                    + Base64.getEncoder().encodeToString(PngEncoder.encode((BufferedImage) getImage()));
        }
        return href;
    }

    /** Whether {@code chart} draws an image of this class (in its plot's renderers, where the field maps put it). */
    static boolean drawnBy(JFreeChart chart) {
        if (!(chart.getPlot() instanceof XYPlot plot)) {
            return false;
        }
        for (int i = 0; i < plot.getRendererCount(); i++) {
            if (plot.getRenderer(i) instanceof AbstractXYItemRenderer renderer) {
                for (Object a : renderer.getAnnotations()) {
                    if (a instanceof EmbeddedImageAnnotation) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Gives each image element of an SVG body that this class drew the {@code preserveAspectRatio='none'}
     * an embedded image has, in the place JFreeSVG writes it.
     *
     * @param svg the body an {@link SVGGraphics2D} wrote into, changed in place
     */
    static void restoreAspectRatio(StringBuilder svg) {
        for (int at = svg.indexOf(REFERENCED); at >= 0; at = svg.indexOf(REFERENCED, at + REFERENCED.length())) {
            svg.insert(at + "<image".length(), ASPECT_RATIO);
        }
    }
}
