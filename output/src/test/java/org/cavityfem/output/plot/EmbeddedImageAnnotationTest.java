package org.cavityfem.output.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.cavityfem.mesh.build.Pillbox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYDataImageAnnotation;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.junit.jupiter.api.Test;

/**
 * A field map's colour image reaches the SVG as a PNG of the fast encoder: the document is the one
 * JFreeSVG writes when it embeds the image through ImageIO, except for the PNG's bytes, which decode
 * to the same pixels, those of the image drawn.
 */
class EmbeddedImageAnnotationTest {

    private static final Pattern DATA = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]*)");

    @Test
    void svgIsTheEmbeddedImagesDocumentWithTheSamePixels() throws IOException {
        for (boolean mirrored : new boolean[] {false, true}) {
            FieldMapPlot plot = new FieldMapPlot(new ModeCaption("box", "TM0-1", 1e9, "stored energy 1 J"),
                    Pillbox.closed(0.08, 0.05).contour(), "|E| (MV/m)", mirrored);
            // Inside for z > 0 only, so the image has transparent cells too; values vary along both axes.
            PlotChart chart = plot.chart("map", plot.sample((z, r) -> z > 0 ? 1e6 * (1 + 40 * z + 9 * r) : Double.NaN),
                    1e-6);
            String ours = chart.render().svg();
            EmbeddedImageAnnotation annotation = annotation(chart.chart());
            BufferedImage drawn = (BufferedImage) annotation.getImage();
            String library = libraryEmbedding(chart, annotation);

            List<String> ourPngs = pngs(ours);
            List<String> libraryPngs = pngs(library);
            assertEquals(1, ourPngs.size());
            assertEquals(1, libraryPngs.size());
            assertNotEquals(libraryPngs.get(0), ourPngs.get(0), "the comparison should see two encoders");
            assertEquals(masked(library), masked(ours));
            int[] expected = argb(drawn);
            assertArrayEquals(expected, argb(decode(ourPngs.get(0))), "pixels of the SVG's image");
            assertArrayEquals(expected, argb(decode(libraryPngs.get(0))), "pixels of ImageIO's encoding");
        }
    }

    @Test
    void leavesTheHintsAsTheyWere() {
        FieldMapPlot plot = new FieldMapPlot(new ModeCaption("box", "TM0-1", 1e9, "stored energy 1 J"),
                Pillbox.closed(0.08, 0.05).contour(), "|E| (MV/m)", false);
        PlotChart chart = plot.chart("map", plot.sample((z, r) -> 1), 1);
        SVGGraphics2D g = new SVGGraphics2D(chart.width(), chart.height());
        chart.chart().draw(g, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
        assertEquals(SVGHints.VALUE_IMAGE_HANDLING_EMBED, g.getRenderingHint(SVGHints.KEY_IMAGE_HANDLING));
        assertEquals(null, g.getRenderingHint(SVGHints.KEY_IMAGE_HREF));
    }

    /** The chart's SVG as JFreeSVG writes it with the library's own annotation embedding the same image. */
    private static String libraryEmbedding(PlotChart chart, EmbeddedImageAnnotation ours) {
        XYItemRenderer renderer = chart.chart().getXYPlot().getRenderer();
        renderer.removeAnnotation(ours);
        renderer.addAnnotation(new XYDataImageAnnotation(ours.getImage(), ours.getX(), ours.getY(), ours.getWidth(),
                ours.getHeight(), ours.getIncludeInDataBounds()), Layer.BACKGROUND);
        SVGGraphics2D g = new SVGGraphics2D(chart.width(), chart.height());
        g.setGeomDoubleConverter(PlotImage::hundredths);
        chart.chart().draw(g, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
        return g.getSVGDocument();
    }

    private static EmbeddedImageAnnotation annotation(JFreeChart chart) {
        EmbeddedImageAnnotation found = null;
        for (Object a : ((AbstractXYItemRenderer) chart.getXYPlot().getRenderer()).getAnnotations()) {
            if (a instanceof EmbeddedImageAnnotation e) {
                found = e;
            }
        }
        assertNotNull(found, "no image annotation");
        return found;
    }

    private static List<String> pngs(String svg) {
        List<String> found = new ArrayList<>();
        Matcher m = DATA.matcher(svg);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** Clip paths are named after the time the document was made; the PNG bytes differ by encoder. */
    private static String masked(String svg) {
        return DATA.matcher(svg.replaceAll("_\\d+clip", "_clip")).replaceAll("data:image/png;base64,PNG");
    }

    private static BufferedImage decode(String base64) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
        assertNotNull(image, "not a PNG the JDK can read");
        return image;
    }

    private static int[] argb(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        return image.getRGB(0, 0, w, h, null, 0, w);
    }
}
